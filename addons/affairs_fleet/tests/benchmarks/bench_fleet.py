# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark: batch dispatch of 1,000 approved requests and the cost ledger
of 200 vehicles over a year. Prints query counts and seconds; everything is
rolled back. On a database with affairs_fleet installed:

    python scripts/benchmark.py -d DB addons/affairs_fleet/tests/benchmarks/bench_fleet.py
"""

from datetime import date, datetime, timedelta

OPTIONS = {
    "requests": (1000, "approved requests to dispatch"),
    "vehicles": (200, "vehicles (and drivers)"),
}


def _fixture(env, vehicle_count):
    agency = env["hr.department"].create(
        {
            "name": "Bench Agency",
            "is_affairs_agency": True,
            "affairs_level": "municipal",
        }
    )
    env["affairs.vehicle.quota"].create(
        {"agency_id": agency.id, "category": "other", "quota": vehicle_count}
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
            for index in range(vehicle_count)
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
            for index in range(vehicle_count)
        ]
    )
    requester = env["hr.employee"].create(
        {"name": "Bench Cadre", "department_id": agency.id}
    )
    return agency, vehicles, drivers, requester


def run(bench):
    env = bench.env
    agency, vehicles, drivers, requester = _fixture(env, bench.options.vehicles)
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(
        days=1
    )
    per_vehicle = bench.options.requests // bench.options.vehicles
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
    bench.measure(
        "dispatch %d approved requests" % len(requests), requests.action_dispatch
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
    lines, _queries, _seconds = bench.measure(
        "cost ledger of %d vehicles over a year" % len(vehicles),
        lambda: env["affairs.vehicle.cost.wizard"]._affairs_cost_lines(
            vehicles, date.today() - timedelta(days=365), date.today()
        ),
    )
    bench.report("ledger lines: %d", len(lines))
