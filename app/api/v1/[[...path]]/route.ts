import { unknownEndpoint } from "@/lib/api/api-fallback";

// Any /v1 path no route serves: JSON 404 in the v1 envelope, never the HTML page.
export const { GET, POST, PUT, PATCH, DELETE } = unknownEndpoint("v1");
