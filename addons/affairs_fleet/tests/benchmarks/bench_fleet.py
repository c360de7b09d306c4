# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: batch dispatch of 1,000 approved requests and the cost ledger
of 200 vehicles over a year. Prints query counts and seconds; it never
commits (everything is rolled back).

Run inside an Odoo shell on a database with affairs_fleet installed:

    .venv/bin/python /opt/odoo/odoo-bin shell --addons-path=$ADDONS_PATH \
        -d fleet_t --db_host=127.0.0.1 --db_user=root \
        < addons/affairs_fleet/tests/benchmarks/bench_fleet.py
"""

import os
import time
from datetime import date, datetime, timedelta

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

REQUESTS = int(os.environ.get("BENCH_REQUESTS", 1000))
VEHICLES = int(os.environ.get("BENCH_VEHICLES", 200))
# BENCH_TRACKING=1 keeps the chatter tracking (one message per request).
TRACKING = os.environ.get("BENCH_TRACKING") == "1"


def _measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    print(
        "%-45s %6d queries %8.2f s"
        % (label, env.cr.sql_log_count - queries, time.perf_counter() - started)
    )
    return result


def _fixture(env):
    agency = env["hr.department"].create(
        {
            "name": "Bench Agency",
            "is_affairs_agency": True,
            "affairs_level": "municipal",
        }
    )
    env["affairs.vehicle.quota"].create(
        {"agency_id": agency.id, "category": "other", "quota": VEHICLES}
    )
    brand = env["fleet.vehicle.model.brand"].create({"name": "Bench"})
    model = env["fleet.vehicle.model"].create({"name": "B1", "brand_id": brand.id})
    vehicles = env["fleet.vehicle"].create(
        [
            {
                "model_id": model.id,
                "license_plate": "BENCH%04d" % index,
                "affairs_agency_id": agency.id,
                "affairs_state": "registered",
                "affairs_purchase_price": 100000,
                "affairs_displacement": 1.5,
            }
            for index in range(VEHICLES)
        ]
    )
    drivers = env["hr.employee"].create(
        [
            {
                "name": "Bench Driver %s" % index,
                "affairs_is_driver": True,
                "affairs_license_class": "C1",
                "affairs_license_expiry": date.today() + timedelta(days=900),
            }
            for index in range(VEHICLES)
        ]
    )
    requester = env["hr.employee"].create(
        {"name": "Bench Cadre", "department_id": agency.id}
    )
    return agency, vehicles, drivers, requester


def main(env):
    if not TRACKING:
        env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
    agency, vehicles, drivers, requester = _fixture(env)
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(
        days=1
    )
    per_vehicle = REQUESTS // VEHICLES
    requests = env["affairs.vehicle.request"].create(
        [
            {
                "requester_id": requester.id,
                "purpose": "Bench",
                "destination": "Bench",
                "date_start": start + timedelta(hours=3 * slot),
                "date_end": start + timedelta(hours=3 * slot + 2),
                "vehicle_id": vehicle.id,
                "driver_id": driver.id,
            }
            for vehicle, driver in zip(vehicles, drivers)
            for slot in range(per_vehicle)
        ]
    )
    requests.with_context(skip_validation_check=True).write({"state": "approved"})
    _measure(
        env, "dispatch %d approved requests" % len(requests), requests.action_dispatch
    )
    fuel = env.ref("affairs_fleet.service_type_fuel")
    env["fleet.vehicle.log.services"].create(
        [
            {
                "vehicle_id": vehicle.id,
                "service_type_id": fuel.id,
                "amount": 300,
                "affairs_fuel_litres": 40,
                "date": date.today() - timedelta(days=30 * month),
                "state": "new",
            }
            for vehicle in vehicles
            for month in range(12)
        ]
    )
    lines = _measure(
        env,
        "cost ledger of %d vehicles over a year" % len(vehicles),
        lambda: env["affairs.vehicle.cost.wizard"]._affairs_cost_lines(
            vehicles, date.today() - timedelta(days=365), date.today()
        ),
    )
    print("ledger lines:", len(lines))
    env.cr.rollback()


main(env)  # noqa: F821 (env is the Odoo shell's)
