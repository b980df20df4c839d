/* global window, SwaggerUIBundle */
// Renders /openapi.json with the Swagger UI bundle served by Parley itself (no CDN).
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  defaultModelsExpandDepth: 0,
});
