/* global window, fetch, SwaggerUIBundle */
// Renders /openapi.json with the Swagger UI bundle served by Parley itself (no CDN). The document lists
// http://127.0.0.1:8080 first, for clients generated from it; "Try it out" on this page should call the Parley
// that serves the page, so its relative `/` entry goes first here.
const options = { dom_id: '#swagger-ui', deepLinking: true, defaultModelsExpandDepth: 0 };
fetch('/openapi.json')
  .then((response) => response.json())
  .then((spec) => {
    const servers = spec.servers ?? [];
    spec.servers = [...servers.filter((server) => server.url === '/'), ...servers.filter((server) => server.url !== '/')];
    window.ui = SwaggerUIBundle({ ...options, spec });
  })
  // Swagger UI shows what went wrong fetching or reading the document.
  .catch(() => {
    window.ui = SwaggerUIBundle({ ...options, url: '/openapi.json' });
  });
