"""Exchange with Excel and with partner towns: xlsx/CSV export, the import engine, partner packages.

Nothing heavy is imported here (openpyxl loads only when a workbook is read or written). Entry point:
``services.exchange`` (an ``ExchangeService``, ``service.py``); the import wizard's steps are described
in ``engine.py`` and docs/exchange.md. No Qt: messages are error codes (``errors.py``) that
``ui/texts.py`` turns into Japanese.
"""
