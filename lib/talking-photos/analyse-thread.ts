import { analysePhoto, type AnalysisFiles, type AnalysisResult } from "@/lib/render/photo/analyse-photo";

// A photo analysis thread (piscina runs this file): the face and matte models compute for hundreds of
// milliseconds and hold their memory here, never on the web server's own thread.
export default async function analyse({ input, out }: { input: string; out: AnalysisFiles }): Promise<AnalysisResult> {
  return analysePhoto(input, out);
}
