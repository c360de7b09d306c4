// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

async function attachLetter() {
    const input = document.querySelector(".o_field_widget[name=letter_file] input[type=file]");
    const file = new File(["%PDF-1.4 letter"], "letter.pdf", { type: "application/pdf" });
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file);
    input.files = dataTransfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
}

// The visit is planned a month ahead: approval must precede it.
function day(offset) {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    const pad = (number) => String(number).padStart(2, "0");
    return `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`;
}

registry.category("web_tour.tours").add("affairs_reception_tour", {
    steps: () => [
        { trigger: ".o_list_button_add", run: "click" },
        {
            trigger: ".o_field_widget[name=visiting_partner_id] input",
            run: "edit Tour Sending",
        },
        {
            trigger: ".o-autocomplete--dropdown-item .dropdown-item:contains(Tour Sending Unit)",
            run: "click",
        },
        { trigger: ".o_field_widget[name=letter_number] input", run: "edit 发改函〔2026〕8号" },
        { trigger: ".o_field_widget[name=letter_date] input", run: `edit ${day(0)}` },
        { trigger: ".o_field_widget[name=letter_file] .o_select_file_button", run: attachLetter },
        { trigger: ".o_field_widget[name=letter_file] .o_clear_file_button" },
        { trigger: ".o_field_widget[name=purpose] input", run: "edit Logistics reform research" },
        {
            trigger: ".o_field_widget[name=date_arrival] input",
            run: `edit ${day(30)} 09:00:00`,
        },
        {
            trigger: ".o_field_widget[name=date_departure] input",
            run: `edit ${day(31)} 17:00:00`,
        },
        {
            trigger: "div[name=guest_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: "div[name=guest_ids] .o_data_row .o_field_widget[name=name] input",
            run: "edit Guest Zhang",
        },
        { trigger: ".o_notebook .nav-link:contains(Meals)", run: "click" },
        {
            trigger: "div[name=meal_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_field_widget[name=date] input",
            run: `edit ${day(30)}`,
        },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_field_widget[name=guest_count] input",
            run: "edit 1",
        },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_field_widget[name=companion_count] input",
            run: "edit 4",
        },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_field_widget[name=cost_per_person] input",
            run: "edit 100",
        },
        { trigger: "button[name=action_submit]", run: "click" },
        // The standard refuses four companions for one guest.
        { trigger: ".o_error_dialog:contains(Too many companions)" },
        { trigger: ".modal-footer button.btn-primary", run: "click" },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_data_cell[name=companion_count]",
            run: "click",
        },
        {
            trigger: "div[name=meal_ids] .o_data_row .o_field_widget[name=companion_count] input",
            run: "edit 3",
        },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Waiting Approval)" },
    ],
});

registry.category("web_tour.tours").add("affairs_reception_approve_tour", {
    steps: () => [
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Waiting Approval)" },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Approved)" },
    ],
});
