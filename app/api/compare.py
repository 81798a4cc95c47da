"""POST /api/compare: two statements, are they the same claim, do they conflict?"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import in_analysis_thread
from app.api.params import Answer, SafeText
from app.compare import compare_statements

router = APIRouter(prefix="/api", tags=["compare"])
MAX_STATEMENT = 5000


class CompareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: SafeText = Field(min_length=1, max_length=MAX_STATEMENT, pattern=r"\S")
    b: SafeText = Field(min_length=1, max_length=MAX_STATEMENT, pattern=r"\S")
    a_date: date | None = Field(default=None, description="When statement a was reported (YYYY-MM-DD).")
    b_date: date | None = Field(default=None, description="When statement b was reported.")


@router.post("/compare", summary="Compare two statements")
async def compare(body: CompareIn) -> Answer:
    result = await in_analysis_thread(compare_statements, body.a, body.b, body.a_date, body.b_date)
    return Answer(result.as_json())
