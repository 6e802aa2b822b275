// POST|GET /v3/webhooks - HeyGen's skill-doc spelling of /v3/webhooks/endpoints: the same handlers
export { GET, POST, PUT, PATCH, DELETE } from "@/app/api/v3/webhooks/endpoints/route";
