# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One-statement inserts of many rows, for mass generation.

The ORM inserts by batches of 100 rows (``models.INSERT_BATCH_SIZE``) and
then writes the computed columns of each batch: generating a year of
requests for thousands of equipment items costs queries in proportion.
Here every column is one array parameter (``unnest``), so the statement is
one whatever the number of rows. The caller gives every stored value the
ORM would have set, and invalidates the caches afterwards.
"""

from odoo.tools import SQL

MAGIC_COLUMNS = ("create_uid", "create_date", "write_uid", "write_date")


def insert_rows(model, rows):
    """Insert ``rows`` (dicts of column values) into ``model``'s table in one
    INSERT ... SELECT FROM unnest(...); return the new ids in the rows' order.

    Columns are the union of the rows' keys (missing values are NULL); the
    magic columns are set as the ORM does. Values must already be column
    values (ids, not records; dates; numbers; strings).
    """
    if not rows:
        return []
    env = model.env
    names = sorted({name for row in rows for name in row} - set(MAGIC_COLUMNS))
    fields = [model._fields[name] for name in names]
    for field in fields:
        assert field.store and field.column_type, field
        assert not field.translate, f"{field} is translated: insert jsonb by the ORM"
    arrays = [
        SQL(
            "%s::%s[]", [row.get(field.name) for row in rows], SQL(field.column_type[1])
        )
        for field in fields
    ]
    aliases = [SQL.identifier(f"c{index}") for index in range(len(names))]
    env.cr.execute(
        SQL(
            """INSERT INTO %(table)s (%(columns)s)
               SELECT %(values)s, %(uid)s, %(now)s, %(uid)s, %(now)s
                 FROM unnest(%(arrays)s) WITH ORDINALITY AS v(%(aliases)s, n)
                ORDER BY v.n
            RETURNING id""",
            table=SQL.identifier(model._table),
            columns=SQL(", ").join(
                [SQL.identifier(name) for name in (*names, *MAGIC_COLUMNS)]
            ),
            values=SQL(", ").join(aliases),
            aliases=SQL(", ").join(aliases),
            uid=env.uid,
            now=env.cr.now(),
            arrays=SQL(", ").join(arrays),
        )
    )
    # the ids are drawn in the order of the rows (ORDER BY v.n)
    ids = sorted(row[0] for row in env.cr.fetchall())
    assert len(ids) == len(rows)
    return ids
