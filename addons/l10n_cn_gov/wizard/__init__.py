from . import l10n_cn_gov_period_report
