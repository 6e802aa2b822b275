import { forgetSecrets } from "./server-log";

export default function globalSetup(): void {
  forgetSecrets();
}
