"""Service settings, read from the environment (prefix `CLAIMS_`) or a `.env` file.

Every field is documented in docs/service.md; the command-line options of `claims serve` and
`claims ingest` override the matching fields.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMS_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///claims.db",
        description="SQLAlchemy URL of the store: sqlite:///path.db or postgresql+psycopg://user@host/db.",
    )
    max_request_bytes: int = Field(
        default=2_000_000, gt=0, description="Largest request body accepted (413 above)."
    )
    max_article_chars: int = Field(
        default=400_000, gt=0, description="Longest article text accepted (413 above)."
    )
    fetch_connect_timeout: float = Field(
        default=5.0, gt=0, description="Seconds to connect to a fetched URL's host."
    )
    fetch_read_timeout: float = Field(
        default=15.0, gt=0, description="Seconds to wait for each read from that host."
    )
    fetch_total_timeout: float = Field(
        default=30.0, gt=0, description="Seconds for a whole fetch, redirects included."
    )
    fetch_max_bytes: int = Field(default=5_000_000, gt=0, description="Largest fetched page, in bytes.")
    fetch_max_redirects: int = Field(
        default=5, ge=0, description="Redirects followed, each checked like the first URL."
    )
    fetch_allow_private: bool = Field(
        default=False,
        description="Allow fetching loopback, private, link-local and metadata addresses (tests, intranets).",
    )
    fetch_user_agent: str = Field(default="claims/0.1 (claim provenance for fact-checkers)")
    response_cache: int = Field(
        default=512, ge=0, description="GET answers kept per process, per store version (0: none)."
    )
    public_url: str | None = Field(
        default=None,
        description="Base URL of this service as readers see it (for exported links); default: the request's.",
    )
    publisher: str = Field(
        default="claims", description="Organisation named as author of exported ClaimReviews."
    )
