// The Emscripten build ships no types; espeak-engine.ts describes the part of it we call.
declare module "@echogarden/espeak-ng-emscripten" {
  const init: () => Promise<unknown>;
  export default init;
}
