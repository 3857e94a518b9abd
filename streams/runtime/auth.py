"""An optional bearer token on the HTTP API: every path but /health and /metrics needs it.

The API is read-only and binds to 127.0.0.1 by default; set `TALLY_API_TOKEN` before
exposing it (`TALLY_WEB_HOST=0.0.0.0`, or behind a reverse proxy that terminates TLS).
Probes and Prometheus keep working without the token.
"""

import hmac
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

OPEN_PATHS = frozenset({"/health", "/metrics"})
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def token_middleware(token: str) -> Middleware:
    expected = f"Bearer {token}".encode()

    @web.middleware
    async def require_token(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path not in OPEN_PATHS:
            given = request.headers.get("Authorization", "").encode()
            if not hmac.compare_digest(given, expected):
                return web.json_response(
                    {"error": "a bearer token is required (Authorization: Bearer <token>)"},
                    status=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
        return await handler(request)

    return require_token
