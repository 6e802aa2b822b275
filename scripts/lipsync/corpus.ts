// The speech the lip-sync classifier learns from (TRAIN) and is measured on (HELD_OUT, bench/lipsync.ts):
// built-in voices speaking sentences with known phone timings. No voice and no sentence of HELD_OUT is in
// TRAIN, so the bench measures speakers and words the classifier never heard (one caveat: flite's kal is
// the 8 kHz recording of the speaker whose 16 kHz kal16 is in TRAIN).
// `variant` speaks with the voice's language but another espeak-ng variant (another speaker); `augment`
// passes the track through one of speech.ts's AUGMENTS (a longer or shorter vocal tract, a telephone's
// band, another microphone's tilt), so a few real speakers sound like many.
export type Utterance = { voiceId: string; text: string; speed: number; variant?: string; augment?: Augment };

export type Augment = "tract-0.88" | "tract-0.94" | "tract-1.06" | "tract-1.12" | "phone" | "bright" | "dull";

export const speakerOf = (u: Utterance) => [u.voiceId, u.variant, u.augment].filter(Boolean).join("+");

const ENGLISH_TRAIN = [
  "The quick brown fox jumps over the lazy dog.",
  "Please bring me a bowl of warm potato soup before noon.",
  "We moved our main office to a bigger building by the bay.",
  "Maybe the best plan is to begin with a simple map.",
  "Five very fine violins were found in the vault.",
  "Who would have thought that you could do it so smoothly?",
  "Our quarterly revenue grew by twelve percent this year.",
  "Look at the lovely yellow lilies along the lake.",
  "She sells sea shells on the sea shore every summer.",
  "My mother made marmalade from bitter oranges in May.",
  "Thank you for watching, and see you in the next video.",
  "Open the window, the room is far too warm.",
  "A big black bear sat on a bench by the pool.",
  "Every morning I walk to work through the park.",
  "Jim bought a pair of purple boots at the market.",
  "Our new product helps teams plan, publish and measure.",
  "How about a cup of coffee and a piece of apple pie?",
  "The weather forecast promises rain for the whole week.",
  "Bob and Pam built a small boat by the harbour.",
  "Few people know how much effort goes into a movie.",
  "I think this feature will save you hours every month.",
  "Remember to back up your files before the upgrade.",
  "The museum opens at nine and closes at five.",
  "Our support team is happy to help you, any time.",
  "Peter Piper picked a peck of pickled peppers.",
  "Would you like to hear more about our pricing?",
  "Blue balloons bobbed above the busy boulevard.",
  "Moonlight poured over the mountains and the meadow.",
  "Hello everyone, my name is Alex and I will be your guide today.",
  "In the second half of the year, we focus on quality.",
  "Could you email me the final version of the report?",
  "The old mill by the river was built in eighteen ninety.",
  "Ice cream tastes best on a hot August afternoon.",
  "Our engineers fixed the bug within an hour.",
  "Go straight ahead and turn left at the post office.",
  "The children played football in the muddy field.",
  "I usually read a book before I go to sleep.",
  "Why not join us for lunch on Thursday?",
  "Her voice was calm, clear and confident.",
  "Twelve boxes of books were shipped to Boston.",
  "Measure twice, cut once, as my father always said.",
  "The pilot announced a short delay due to fog.",
  "Happy birthday, I hope all your wishes come true.",
  "We offer a free trial for thirty days.",
  "Sam shouted across the empty hall, but nobody answered.",
  "Fill in the form and press the blue button below.",
  "Owls hoot softly through the cool autumn night.",
  "Apples, pears and plums grow in our garden.",
  "Your privacy matters to us more than anything.",
  "Mobile phones have changed the way we work.",
];

const ENGLISH_HELD_OUT = [
  "Welcome back to our weekly update on the project.",
  "Maybe we can meet at the pub by the bridge at seven.",
  "Fresh fruit and vegetables arrive from the farm every Friday.",
  "Our mission is to make professional video simple for everyone.",
  "Paul opened the box and pulled out a bright blue ball.",
  "Today we will look at three ways to improve your workflow.",
];

const cycle = [0.85, 1, 1.2];
const voices = (voiceIds: string[], texts: string[], speeds: number[]): Utterance[] =>
  voiceIds.flatMap((voiceId, v) => texts.map((text, t) => ({ voiceId, text, speed: speeds[(v + t) % speeds.length]! })));

// Speakers kept out of TRAIN to choose the smoothing and watch training (none of HELD_OUT's).
const TUNE_VARIANTS = ["m8", "f5", "klatt3", "Diogo", "belinda"];
// More speakers: every espeak-ng variant the package ships that sounds like a person (not m1 and m3: held-out
// voices speak with them; not the whispers, echoes and robots), each speaking `per` sentences in each
// language, the sentences rotating so every one is spoken about as often.
const VARIANTS = [
  ...["m2", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5", "Alex", "Andy", "Annie", "Denis", "Gene", "Michael"],
  ...["Mike", "Nguyen", "adam", "antonio", "aunty", "belinda", "benjamin", "boris", "croak", "david", "ed", "edward", "grandma"],
  ...["grandpa", "iven", "klatt", "klatt2", "klatt3", "klatt4", "linda", "max", "paul", "pedro", "quincy", "rob", "robert"],
  ...["sandro", "steph", "travis", "victor", "zac", "kaukovalta", "Jacky", "Lee", "Mario", "gustave", "marcelo", "shelby"],
  ...["anika", "Andrea", "Alicia", "Diogo", "Hugo", "michel", "miguel"],
].filter((v) => !TUNE_VARIANTS.includes(v));

let turn = 0;
const variants = (voiceIds: string[], names: string[], texts: string[], per: number): Utterance[] =>
  names.flatMap((variant) =>
    voiceIds.flatMap((voiceId) =>
      Array.from({ length: per }, () => {
        const t = turn++;
        return { voiceId, text: texts[t % texts.length]!, variant, speed: cycle[t % cycle.length]! };
      }),
    ),
  );
// The flite speakers (only a few) through every augment, `per` sentences each.
const augmented = (voiceIds: string[], texts: string[], per: number): Utterance[] =>
  AUGMENTS.flatMap((augment) =>
    voiceIds.flatMap((voiceId) =>
      Array.from({ length: per }, () => {
        const t = turn++;
        return { voiceId, text: texts[t % texts.length]!, augment, speed: cycle[t % cycle.length]! };
      }),
    ),
  );
const AUGMENTS: Augment[] = ["tract-0.88", "tract-0.94", "tract-1.06", "tract-1.12", "phone", "bright", "dull"];

const GERMAN = [
  "Guten Morgen, wie geht es Ihnen heute?",
  "Wir bauen ein neues Haus am Meer.",
  "Bitte bringen Sie mir ein Glas Wasser.",
  "Der Zug nach München fährt um neun Uhr ab.",
  "Meine Schwester wohnt in einer kleinen Wohnung.",
  "Im Sommer schwimmen wir oft im See.",
];
const FRENCH = [
  "Bonjour, je voudrais un café au lait.",
  "Nous partons en vacances au mois de mai.",
  "Le petit chat boit du lait.",
  "Mon frère habite près de la gare.",
  "Il fait beau, allons au parc.",
];
const SPANISH = [
  "Buenos días, ¿cómo está usted?",
  "Mi madre prepara una paella muy buena.",
  "El perro corre por el parque.",
  "Por favor, abre la ventana de la cocina.",
  "Los niños juegan al fútbol en la plaza.",
  "Vivimos en una casa pequeña cerca del río.",
];
const ENGLISH_ESPEAK = ["avs_voice_en_clara", "avs_voice_en_gb_olivia", "avs_voice_en_caribbean_marcus"];
const FLITE = ["avs_voice_en_us_kal16", "avs_voice_en_us_sally", "avs_voice_en_scotland_alan"];

export const TRAIN: Utterance[] = [
  ...variants(ENGLISH_ESPEAK, VARIANTS, ENGLISH_TRAIN, 3),
  ...variants(["avs_voice_de_lena"], VARIANTS, GERMAN, 1),
  ...variants(["avs_voice_es_lucia"], VARIANTS, SPANISH, 1),
  ...variants(
    ["avs_voice_fr_camille"],
    VARIANTS.filter((_, i) => i % 2 === 0),
    FRENCH,
    1,
  ),
  ...augmented(FLITE, ENGLISH_TRAIN, 10),
  ...voices(
    [
      "avs_voice_en_clara",
      "avs_voice_en_gb_olivia",
      "avs_voice_en_caribbean_marcus",
      "avs_voice_en_us_kal16",
      "avs_voice_en_us_sally",
      "avs_voice_en_scotland_alan",
    ],
    ENGLISH_TRAIN,
    cycle,
  ),
  ...voices(["avs_voice_de_lena"], GERMAN, cycle),
  ...voices(["avs_voice_fr_camille"], FRENCH, cycle),
  ...voices(["avs_voice_es_lucia"], SPANISH, cycle),
  ...voices(["avs_voice_it_giulia"], ["Buongiorno, vorrei una pizza margherita.", "Il mare è molto bello oggi."], cycle),
  ...voices(["avs_voice_nl_daan"], ["Goedemorgen, hoe gaat het met je?", "We fietsen morgen naar het bos."], cycle),
  ...voices(["avs_voice_pl_zofia"], ["Dzień dobry, miło mi pana poznać.", "Mama kupiła bułki i mleko."], cycle),
];

export const TUNE: Utterance[] = variants(ENGLISH_ESPEAK, TUNE_VARIANTS, ENGLISH_TRAIN, 2);

export const HELD_OUT: Utterance[] = [
  ...voices(["avs_voice_en_james", "avs_voice_en_scotland_callum", "avs_voice_en_us_ross", "avs_voice_en_us_kal"], ENGLISH_HELD_OUT, [1]),
  ...voices(["avs_voice_de_lukas"], ["Am Wochenende besuchen wir meine Eltern in Berlin."], [1]),
  ...voices(["avs_voice_es_419_mateo"], ["Mañana vamos a la playa con mis amigos."], [1]),
];
