"""Service cases in the desk: the case wizard, the case queue and the case detail panel.

Widgets take `run`, which starts an operation on the database worker thread and returns a
chainable op (`run(fn).success(cb).failure(cb).run()`; `fn` gets the worker's Desk with `db`,
`actor` and `book`). Every database, geography and PDF call goes through it (ui.cases.ops).
"""
