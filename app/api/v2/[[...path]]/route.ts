import { unknownEndpoint } from "@/lib/api/api-fallback";

// Any /v2 path no route serves: JSON 404 in the v2 envelope, never the HTML page.
export const { GET, POST, PUT, PATCH, DELETE } = unknownEndpoint("v2");
