// A short greeting per catalog language, for tests and the voices bench.
export const PHRASES: Record<string, string> = {
  English: "Hello, welcome to the studio.",
  German: "Guten Tag, willkommen im Studio.",
  French: "Bonjour, bienvenue au studio.",
  Spanish: "Hola, bienvenidos al estudio.",
  Portuguese: "Olá, bem-vindo ao estúdio.",
  Italian: "Ciao, benvenuti nello studio.",
  Dutch: "Hallo, welkom in de studio.",
  Polish: "Dzień dobry, witamy w studiu.",
  Swedish: "Hej, välkommen till studion.",
  Hindi: "नमस्ते, स्टूडियो में आपका स्वागत है।",
  Japanese: "こんにちは、スタジオへようこそ。",
  Chinese: "你好，欢迎来到工作室。",
  Russian: "Здравствуйте, добро пожаловать в студию.",
};
