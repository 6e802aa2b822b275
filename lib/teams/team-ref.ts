// The team a request is scoped to, as the route wrapper resolved it from the membership or key.
export type TeamRef = { id: string; slug: string; name: string };
