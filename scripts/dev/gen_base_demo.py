"""Generate affairs_base demo XML for the demo municipal compound (run once, output committed)."""

import random
from pathlib import Path

random.seed(19)
OUT = Path(__file__).resolve().parents[2] / "addons/affairs_base/demo"

AGENCIES = [
    (
        "party_office",
        "市委办公室",
        "party_government",
        60,
        ["秘书科", "综合科", "信息科"],
    ),
    (
        "gov_office",
        "市人民政府办公室",
        "party_government",
        80,
        ["秘书一科", "秘书二科", "督查科"],
    ),
    (
        "ndrc",
        "市发展和改革委员会",
        "party_government",
        70,
        ["综合规划科", "投资科", "价格科"],
    ),
    (
        "finance",
        "市财政局",
        "party_government",
        75,
        ["预算科", "国库科", "政府采购监督科"],
    ),
    ("education", "市教育局", "party_government", 55, ["基础教育科", "职业教育科"]),
    ("congress", "市人大常委会办公室", "congress", 45, ["联络科", "法制科"]),
    ("cppcc", "市政协办公室", "cppcc", 40, ["提案科", "文史科"]),
    (
        "affairs",
        "市机关事务管理局",
        "party_government",
        50,
        ["公务用车管理科", "办公用房管理科", "公共机构节能科", "接待科"],
    ),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国海燕志强晓东文博思远子涵雨欣浩然梓萱宇轩佳怡俊杰诗涵"
# Rank ladder of a municipal agency: head, deputies, section chiefs, staff.
LADDER = [
    "rank_bureau_deputy",
    "rank_division",
    "rank_division_deputy",
    "rank_grade_researcher_3",
    "rank_section",
    "rank_grade_principal_1",
    "rank_grade_principal_3",
    "rank_section_deputy",
    "rank_staff",
    "rank_grade_staff_1",
    "rank_grade_staff_2",
    "rank_clerk",
]


def name():
    return random.choice(SURNAMES) + "".join(
        random.choice(GIVEN) for _ in range(random.choice((1, 2)))
    )


def rec(xid, model, fields):
    lines = [f'        <record id="{xid}" model="{model}">']
    for key, value in fields:
        if isinstance(value, tuple):
            kind, val = value
            lines.append(f'            <field name="{key}" {kind}="{val}"/>')
        else:
            lines.append(f'            <field name="{key}">{value}</field>')
    lines.append("        </record>")
    return lines


def wrap(lines):
    return "\n".join(
        ['<?xml version="1.0" encoding="utf-8"?>', "<odoo>", *lines, "</odoo>", ""]
    )


agency_lines, employee_lines = [], []
count = 0
for code, label, organ, headcount, sections in AGENCIES:
    agency_lines += rec(
        f"agency_{code}",
        "hr.department",
        [
            ("name", label),
            ("is_affairs_agency", ("eval", "True")),
            ("affairs_level", "municipal"),
            ("affairs_organ_type", organ),
            ("affairs_headcount", headcount),
        ],
    )
    head_xid = f"employee_{code}_head"
    employee_lines += rec(
        head_xid,
        "hr.employee",
        [
            ("name", name()),
            ("department_id", ("ref", f"agency_{code}")),
            ("affairs_rank_id", ("ref", "affairs_base.rank_bureau")),
            ("job_title", "局长" if code != "party_office" else "主任"),
        ],
    )
    count += 1
    for s_index, section in enumerate(sections):
        dept_xid = f"department_{code}_{s_index}"
        agency_lines += rec(
            dept_xid,
            "hr.department",
            [("name", section), ("parent_id", ("ref", f"agency_{code}"))],
        )
        for e_index in range(random.randint(4, 6)):
            rank = LADDER[min(len(LADDER) - 1, e_index * 2 + random.randint(0, 2))]
            employee_lines += rec(
                f"employee_{code}_{s_index}_{e_index}",
                "hr.employee",
                [
                    ("name", name()),
                    ("department_id", ("ref", dept_xid)),
                    ("affairs_rank_id", ("ref", f"affairs_base.{rank}")),
                ],
            )
            count += 1
(OUT / "affairs_agency_demo.xml").write_text(wrap(agency_lines), encoding="utf-8")
(OUT / "affairs_employee_demo.xml").write_text(wrap(employee_lines), encoding="utf-8")
print("employees", count)
