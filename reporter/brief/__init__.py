"""Turn stored facts into a brief: one row per real event, one line per commitment, then render it.

Modules: `merge` (event identity across articles), `merge_posture` (posture figures and commitment
identity), `build` (a period's facts -> `BriefData`), `charts` and `geo_map` (figures), `render`
(sandboxed Jinja2 -> HTML), `pdf` (HTML -> PDF, the only WeasyPrint user), `pdf_worker` (that in
a second process for one-shot runs), `svg` (figure drawing), `export` (CSV/JSON).

May import: the ground floor (`errors`, `models`, `config`, `files`) and `crontab`. Never `sources`,
`extract`, `store`, `delivery`, `service` or `cli`.
"""
