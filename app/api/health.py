"""GET /healthz: the service answers and its store is reachable and migrated."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import Store
from app.db.migrate import current_revision

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Service and store health")
def healthz(db: Store) -> Any:
    try:
        revision = current_revision(db)
    except Exception as err:  # any failure to reach the store is the answer, not an error
        return JSONResponse({"status": "unavailable", "detail": type(err).__name__}, status_code=503)
    return {"status": "ok", "database": db.backend, "schema": revision}
