"""``acled-xlsx``: the ACLED columns as an Excel workbook, as ACLED's own downloads come.

Written by XlsxWriter in constant-memory mode (one row in memory at a time), with typed cells
(dates as dates, numbers as numbers), a frozen header row and a filter on every column.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from crisislens.store.exports.acled_columns import ACLED_COLUMNS, acled_row
from crisislens.store.exports.base import Connection, ExportFormat, ExportResult, event_rows
from crisislens.store.query import EventFilter

MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, the header included


def write(conn: Connection, path: Path, flt: EventFilter) -> ExportResult:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    try:
        sheet = workbook.add_worksheet("events")
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, ACLED_COLUMNS, bold)
        sheet.freeze_panes(1, 0)
        written = left_out = 0
        for row in event_rows(conn, flt):
            if written >= MAX_ROWS:
                left_out += 1
                continue
            written += 1
            values = acled_row(row)
            for col, name in enumerate(ACLED_COLUMNS):
                value = values[name]
                if name == "event_date" and row["day"] is not None:
                    sheet.write_datetime(written, col, _midnight(row["day"]), day)
                elif value is None or value == "":
                    continue  # an empty cell, not an empty string
                else:
                    sheet.write(written, col, value)
        sheet.autofilter(0, 0, max(written, 1), len(ACLED_COLUMNS) - 1)
    finally:
        workbook.close()
    return ExportResult(written, left_out, "past Excel's row limit" if left_out else "")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)  # a calendar day: Excel has no time zones


FORMAT = ExportFormat(
    name="acled-xlsx",
    label="ACLED Excel",
    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension="xlsx",
    description="the ACLED columns as an Excel workbook (dates and numbers typed, header "
    "frozen, filters on)",
    opens_in="Excel, LibreOffice, pandas",
    write=write,
)
