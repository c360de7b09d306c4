// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

const current = (value) =>
    `.o_statusbar_status button.o_arrow_button_current[data-value=${value}]`;

// The test's reception arrives in 60 days: the budget is for that year.
const receptionYear = () => new Date(Date.now() + 60 * 86400000).getFullYear();

// An officer prepares the agency's budget: one 30217 line of 1,000, submitted.
registry.category("web_tour.tours").add("affairs_budget_prepare_tour", {
    steps: () => [
        { trigger: ".o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=agency_id] input", run: "edit 预算测试局" },
        { trigger: ".o-autocomplete--dropdown-item a:contains(预算测试局)", run: "click" },
        { trigger: ".o_field_widget[name=year] input", run: `edit ${receptionYear()}` },
        { trigger: "div[name=line_ids] .o_field_x2many_list_row_add a", run: "click" },
        {
            trigger: "div[name=line_ids] .o_data_row .o_field_widget[name=fund_id] input",
            run: "edit public",
        },
        { trigger: ".o-autocomplete--dropdown-item a:contains(公用经费)", run: "click" },
        {
            trigger: "div[name=line_ids] .o_data_row .o_field_widget[name=classification_id] input",
            run: "edit 30217",
        },
        { trigger: ".o-autocomplete--dropdown-item a:contains(30217)", run: "click" },
        {
            trigger: "div[name=line_ids] .o_data_row .o_field_widget[name=initial_amount] input",
            run: "edit 1000",
        },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: current("submitted") },
    ],
});

// The manager approves the budget.
registry.category("web_tour.tours").add("affairs_budget_approve_tour", {
    steps: () => [
        { trigger: current("submitted") },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: current("approved") },
    ],
});

// The reception needs more than the 1,000 of the line: refused, then the
// manager records the budget exception and approves.
registry.category("web_tour.tours").add("affairs_budget_reception_tour", {
    steps: () => [
        { trigger: current("submitted") },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_error_dialog:contains(超出预算):contains(30217)" },
        { trigger: ".modal-footer button.btn-primary", run: "click" },
        { trigger: "body:not(:has(.o_error_dialog))" },
        { trigger: current("submitted") },
        { trigger: "button[name=action_open_exception_wizard]", run: "click" },
        { trigger: ".modal .o_field_widget[name=rule_id] input", run: "edit 预算" },
        { trigger: ".o-autocomplete--dropdown-item a:contains(预算可用额度)", run: "click" },
        // The rule's description shows once the rule is set: the form is settled.
        { trigger: ".modal .o_field_widget[name=rule_description]:contains(预算)" },
        {
            trigger: ".modal .o_field_widget[name=reason] textarea",
            run: "edit 上级调研组临时增加人数",
        },
        { trigger: ".modal .o_field_widget[name=reason] textarea:value(上级调研组临时增加人数)" },
        { trigger: ".modal button[name=action_grant]", run: "click" },
        { trigger: "body:not(:has(.modal))" },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: current("approved") },
    ],
});
