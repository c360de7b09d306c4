/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("affairs_procurement_plan_approval_tour", {
    steps: () => [
        {
            content: "The manager approves the submitted plan",
            trigger: ".o_form_view button[name='action_approve']",
            run: "click",
        },
        {
            content: "The plan is approved",
            trigger: ".o_form_view:not(:has(button[name='action_approve']))",
        },
    ],
});

function addBid(row, supplier, price) {
    const current = `div[name='bid_ids'] tr.o_data_row:nth-child(${row}).o_selected_row`;
    return [
        {
            content: "Add a bid",
            trigger: "div[name='bid_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Choose the supplier",
            trigger: `${current} div[name='partner_id'] input`,
            run: `edit ${supplier}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item a:contains(${supplier})`,
            run: "click",
        },
        {
            content: "Enter the price",
            trigger: `${current} div[name='price'] input`,
            run: `edit ${price}`,
        },
        {
            content: "The bid is qualified",
            trigger: `${current} div[name='qualification'] input`,
            run: "click",
        },
        {
            trigger: ".o_select_menu_menu .o_select_menu_item:contains(Qualified)",
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("affairs_procurement_inquiry_tour", {
    steps: () => [
        {
            content: "Publish the inquiry",
            trigger: ".o_form_view button[name='action_publish']",
            run: "click",
        },
        {
            content: "The project is open for bids",
            trigger: ".o_form_view button[name='action_draw_experts']",
        },
        {
            content: "Open the bids",
            trigger: ".o_notebook a[name='bids']",
            run: "click",
        },
        ...addBid(1, "Tour Supplier A", "1000"),
        ...addBid(2, "Tour Supplier B", "950"),
        ...addBid(3, "Tour Supplier C", "990"),
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Evaluate",
            trigger: ".o_form_view .o_form_saved button[name='action_evaluate'], .o_form_view button[name='action_evaluate']",
            run: "click",
        },
        {
            content: "Award",
            trigger: ".o_form_view button[name='action_award']",
            run: "click",
        },
        {
            content: "Open the purchase order",
            trigger: ".o_form_view button[name='action_view_purchase']",
            run: "click",
        },
        {
            content: "The purchase order of the project is shown",
            trigger: ".o_form_view div[name='affairs_procurement_project_id'] a:contains(CG/)",
        },
    ],
});
