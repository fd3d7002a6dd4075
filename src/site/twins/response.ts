/** A Markdown body served as text/markdown (the static build writes it as a .md file). */
export function markdownResponse(body: string): Response {
	return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

export function textResponse(body: string): Response {
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
