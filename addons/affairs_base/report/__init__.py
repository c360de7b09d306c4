from . import affairs_xlsx_report
from . import affairs_key_task_xlsx
