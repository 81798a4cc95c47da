"""`claims check`: do newly added articles contradict what is already known?

- `run`: analyse the checked articles against a folder, a store or nothing, and keep the
  conflicts that involve them;
- `store`: the stored corpus as a read-only `claims.incremental.Store`, with the articles
  being checked kept in memory beside it;
- `locate`: line and column of a claim's sentence in its file;
- `git`: the article files added or changed since a git ref;
- `baseline`: accepted conflicts, as linters keep them;
- `formats`, `sarif`, `junit`: the reports.
"""
