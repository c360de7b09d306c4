// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

// The 25th of the last month of the quarter that ended last.
function lastMonthOfPreviousQuarter() {
    const now = new Date();
    let month = Math.floor(now.getMonth() / 3) * 3 - 1;
    let year = now.getFullYear();
    if (month < 0) {
        month += 12;
        year -= 1;
    }
    return `${String(month + 1).padStart(2, "0")}/25/${year}`;
}

registry.category("web_tour.tours").add("affairs_energy_reading_tour", {
    steps: () => [
        { trigger: ".o_list_button_add", run: "click" },
        {
            trigger: ".o_selected_row .o_field_widget[name=meter_id] input",
            run: "edit TOUR-1",
        },
        { trigger: ".o-autocomplete--dropdown-item:contains(Tour meter)", run: "click" },
        { trigger: ".o_selected_row td[name=date]", run: "click" },
        {
            trigger: ".o_selected_row .o_field_widget[name=date] input",
            run: `edit ${lastMonthOfPreviousQuarter()}`,
        },
        {
            trigger: ".o_selected_row .o_field_widget[name=value] input",
            run: "edit 15000",
        },
        { trigger: ".o_list_button_save", run: "click" },
        // the saved row (not the row being edited) shows the new reading
        { trigger: ".o_data_row:not(.o_selected_row) td[name=value]:contains(15,000.00)" },
    ],
});

registry.category("web_tour.tours").add("affairs_energy_return_tour", {
    steps: () => [
        { trigger: ".o_list_button_add", run: "click" },
        { trigger: "button[name=action_prepare]", run: "click" },
        { trigger: ".o_field_widget[name=line_ids] .o_data_row" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Submitted)" },
    ],
});

registry.category("web_tour.tours").add("affairs_energy_review_tour", {
    steps: () => [
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Reviewed)" },
    ],
});
