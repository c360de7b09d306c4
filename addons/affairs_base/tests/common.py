# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon


class AffairsFixtures:
    """Two agencies with a section each, cadres, bureau staff and managers.

    The fixtures of ``AffairsCommon``, for the test classes that need another
    base class (``HttpCase``, ``AccountTestInvoicingCommon``): they call
    ``_setup_affairs_fixtures()`` from their ``setUpClass``. Addon fixtures
    extend ``_setup_affairs_fixtures`` (calling ``super()``) so that both
    kinds of classes get them.
    """

    @classmethod
    def _setup_affairs_fixtures(cls):
        Department = cls.env["hr.department"]
        cls.agency_a, cls.agency_b = Department.create(
            [
                {
                    "name": "市财政局",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                    "affairs_headcount": 50,
                },
                {
                    "name": "市教育局",
                    "is_affairs_agency": True,
                    "affairs_level": "municipal",
                    "affairs_headcount": 40,
                },
            ]
        )
        cls.section_a = Department.create(
            {"name": "预算科", "parent_id": cls.agency_a.id}
        )
        cls.section_b = Department.create(
            {"name": "基础教育科", "parent_id": cls.agency_b.id}
        )
        cls.user_a = new_test_user(
            cls.env, "cadre_a", groups="affairs_base.group_affairs_user", name="Cadre A"
        )
        cls.user_b = new_test_user(
            cls.env, "cadre_b", groups="affairs_base.group_affairs_user", name="Cadre B"
        )
        cls.officer = new_test_user(
            cls.env,
            "officer_1",
            groups="affairs_base.group_affairs_officer",
            name="Officer One",
        )
        cls.officer_2 = new_test_user(
            cls.env,
            "officer_2",
            groups="affairs_base.group_affairs_officer",
            name="Officer Two",
        )
        cls.manager = new_test_user(
            cls.env,
            "manager_1",
            groups="affairs_base.group_affairs_manager",
            name="Manager One",
        )
        cls.manager_2 = new_test_user(
            cls.env,
            "manager_2",
            groups="affairs_base.group_affairs_manager",
            name="Manager Two",
        )
        Employee = cls.env["hr.employee"]
        cls.employee_a, cls.employee_b, cls.employee_officer, cls.employee_manager = (
            Employee.create(
                [
                    {
                        "name": "Cadre A",
                        "department_id": cls.section_a.id,
                        "user_id": cls.user_a.id,
                        "affairs_rank_id": cls.env.ref("affairs_base.rank_section").id,
                    },
                    {
                        "name": "Cadre B",
                        "department_id": cls.section_b.id,
                        "user_id": cls.user_b.id,
                    },
                    {"name": "Officer One", "user_id": cls.officer.id},
                    {"name": "Manager One", "user_id": cls.manager.id},
                ]
            )
        )
        cls.category_repair = cls.env["affairs.service.category"].create(
            {
                "name": "Repair",
                "promised_hours": 8,
                "handler_ids": [(4, cls.officer.id)],
            }
        )
        cls.category_meeting = cls.env["affairs.service.category"].create(
            {
                "name": "Meeting",
                "promised_hours": 16,
                "requires_approval": True,
                "cost_cap": 20000,
            }
        )

    @classmethod
    def _request(cls, user=None, **values):
        user = user or cls.user_a
        vals = {"title": "Broken window", "category_id": cls.category_repair.id}
        vals.update(values)
        return cls.env["affairs.service.request"].with_user(user).create(vals)


class AffairsCommon(AffairsFixtures, BaseCommon):
    """Two agencies with a section each, cadres, bureau staff and managers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls._setup_affairs_fixtures()


def import_rows(env, model, code, rows):
    """Import ``rows`` through Odoo's import dialog logic with template ``code``.

    The file is the model's own Excel template (headed with the field labels
    of the user's language) with ``rows`` (lists of cell values) below the
    headers; base_import maps the columns from the headers as it does for a
    user. Returns ``execute_import``'s result (``ids``, ``messages``).
    """
    import io

    import openpyxl

    _name, content = env[model]._affairs_import_template_file(code)
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    importer = env["base_import.import"].create(
        {
            "res_model": model,
            "file": output.getvalue(),
            "file_name": "import.xlsx",
            "file_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    )
    preview = importer.parse_preview({"has_headers": True})
    assert not preview.get("error"), preview.get("error")
    headers = preview["headers"]
    fields = [
        "/".join(preview["matches"][index]) if index in preview["matches"] else False
        for index in range(len(headers))
    ]
    assert all(fields), f"columns base_import did not map: {headers} → {fields}"
    return importer.execute_import(
        fields,
        headers,
        {
            "has_headers": True,
            "quoting": '"',
            "separator": "",
            "date_format": "%Y-%m-%d",
            "datetime_format": "",
            "float_thousand_separator": ",",
            "float_decimal_separator": ".",
            "import_skip_records": [],
            "import_set_empty_fields": [],
            "fallback_values": {},
            "name_create_enabled_fields": {},
        },
    )


def ensure_chart_of_accounts(env, company=None):
    """Load Odoo's generic chart on ``company`` when it has none.

    Installed alone with its addon in a fresh database, account loads a
    chart only after every module: at_install tests that post bills or
    invoices load it themselves.
    """
    company = company or env.company
    if not company.chart_template:
        env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )


def in_english(env, login):
    """``login``, set to work in English; returned for ``start_tour``.

    The functional tours click English labels and type dates the US way,
    while the database of phase 2 is installed in Chinese like the suite's
    own (its users are zh_CN). The role tours (role_tours.py) are the ones
    run in Chinese.
    """
    # A database installed with --load-language=zh_CN has English inactive.
    env["res.lang"]._activate_lang("en_US")
    env["res.users"].search([("login", "=", login)]).lang = "en_US"
    return login
