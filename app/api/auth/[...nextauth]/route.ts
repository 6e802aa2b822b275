import { handlers } from "@/lib/auth/auth";

// GET, POST /api/auth/* - Auth.js (sign-in, sign-out, session, CSRF); auth: none (Auth.js checks its own CSRF)
export const { GET, POST } = handlers;
