# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def pre_init_hook(env):
    """The no-double-booking exclusion constraint compares room ids with '='
    inside a GiST index, which needs the btree_gist extension."""
    env.cr.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
