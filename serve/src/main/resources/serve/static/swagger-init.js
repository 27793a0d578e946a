// Swagger UI over this server's own OpenAPI document (no inline script: CSP)
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
