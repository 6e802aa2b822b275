import { unknownEndpoint } from "@/lib/api/api-fallback";

// Any /v3 path no route serves: JSON 404 in the v3 envelope, never the HTML page.
export const { GET, POST, PUT, PATCH, DELETE } = unknownEndpoint("v3");
