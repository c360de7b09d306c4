from . import account_journal
from . import account_move
from . import account_move_line
from . import l10n_cn_gov_parallel_rule
from . import res_company
from . import template_cn_gov
