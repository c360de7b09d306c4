# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The suite's Chinese glossary: one word for one thing on every screen.

Every addon's ``i18n/zh_CN.po`` translates these terms (exact msgid) this way;
``tests/test_translations_ui.py`` checks it. Add a term here before using a
second wording for it anywhere.
"""

GLOSSARY = {
    # workflow
    "Submit": "提交",
    "Approve": "批准",
    "Reject": "驳回",
    "Rejected": "已驳回",
    "Approved": "已批准",
    "Waiting Approval": "待审批",
    "Draft": "草稿",
    "Cancel": "取消",
    "Cancelled": "已取消",
    "Done": "已完成",
    # approved corrections and locked lines (affairs.approval.mixin)
    "Correction Of": "更正原单",
    "Corrects": "更正原单",
    "Corrections": "更正单",
    "Reason for the Correction": "更正理由",
    "Request a Correction": "申请更正",
    "Document Model": "单据模型",
    "Locked": "已锁定",
    "State": "状态",
    "Status": "状态",
    # records
    "Reference": "编号",
    "Standards Book": "标准库",
    "Standards Books": "标准库",
    "Standards": "标准",
    "Agency": "单位",
}

# Terms whose wording depends on the addon (same English, other meaning).
ADDON_GLOSSARY = {
    "affairs_fleet": {"From": "出发地", "Model": "车型"},
    "affairs_reception": {"Name": "姓名"},
}
