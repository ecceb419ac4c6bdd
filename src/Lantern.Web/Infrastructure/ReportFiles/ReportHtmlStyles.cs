namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>
/// A small stylesheet of Lantern's own that gives a standalone report page the GOV.UK Frontend look: the class names,
/// type scale, spacing and colours of its typography and tables, without its files or fonts (the page must make no
/// requests, so Arial stands in for GDS Transport, as GOV.UK itself falls back to). The print rules keep headings with
/// what follows them; the marking is printed in every page's top margin (see <see cref="ReportHtml"/>).
/// </summary>
internal static class ReportHtmlStyles
{
    public const string Sheet = """

        *,*::before,*::after{box-sizing:border-box}
        html{background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;color:#0b0c0c;font-family:"GDS Transport",arial,sans-serif;font-size:16px;line-height:1.25;-webkit-font-smoothing:antialiased}
        .govuk-skip-link{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden;padding:10px 15px;color:#0b0c0c;text-decoration:underline;text-underline-offset:.1578em}
        .govuk-skip-link:focus{position:static;display:block;width:auto;height:auto;overflow:visible;background:#fd0;outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 1px #fd0}
        .govuk-width-container{max-width:960px;margin:0 15px}
        .govuk-main-wrapper{display:block;padding-top:20px;padding-bottom:20px}
        .lantern-marking{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
        .lantern-marking__text{margin:0;padding:15px 0;font-weight:700;font-size:18px;line-height:1.11}
        .govuk-heading-xl,.govuk-heading-l,.govuk-heading-m,.govuk-heading-s{color:#0b0c0c;font-weight:700;margin-top:0;display:block}
        .govuk-heading-xl{font-size:32px;line-height:1.09;margin-bottom:30px}
        .govuk-heading-l{font-size:24px;line-height:1.04;margin-bottom:20px;margin-top:30px}
        .govuk-heading-m{font-size:18px;line-height:1.11;margin-bottom:15px;margin-top:25px}
        .govuk-heading-s{font-size:16px;line-height:1.25;margin-bottom:15px;margin-top:20px}
        .govuk-body,.govuk-body-l,.govuk-body-s,.govuk-list{color:#0b0c0c;font-weight:400;margin-top:0}
        .govuk-body{font-size:16px;line-height:1.25;margin-bottom:15px}
        .govuk-body-l{font-size:18px;line-height:1.11;margin-bottom:20px}
        .govuk-body-s{font-size:14px;line-height:1.14;margin-bottom:15px}
        .lantern-subtitle,.lantern-secondary{color:#505a5f}
        .govuk-list{font-size:16px;line-height:1.25;margin-bottom:15px;padding-left:0;list-style-type:none}
        .govuk-list>li{margin-bottom:5px}
        .govuk-list--bullet{padding-left:20px;list-style-type:disc}
        .govuk-list--number{padding-left:20px;list-style-type:decimal}
        .govuk-table{font-size:16px;line-height:1.25;width:100%;margin-bottom:20px;border-spacing:0;border-collapse:collapse}
        .govuk-table__caption{font-weight:700;display:table-caption;text-align:left;margin-bottom:10px}
        .govuk-table__caption--m{font-size:18px;line-height:1.11}
        .govuk-table__header{font-weight:700}
        .govuk-table__header,.govuk-table__cell{padding:10px 20px 10px 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}
        .govuk-table__header:last-child,.govuk-table__cell:last-child{padding-right:0}
        @media (min-width:641px){
        body,.govuk-body,.govuk-list,.govuk-table{font-size:19px;line-height:1.32}
        .govuk-width-container{margin:0 30px}
        .govuk-main-wrapper{padding-top:40px;padding-bottom:40px}
        .lantern-marking__text{font-size:24px;line-height:1.25}
        .govuk-heading-xl{font-size:48px;line-height:1.04;margin-bottom:50px}
        .govuk-heading-l{font-size:36px;line-height:1.11;margin-bottom:30px;margin-top:45px}
        .govuk-heading-m{font-size:24px;line-height:1.25;margin-bottom:20px;margin-top:30px}
        .govuk-heading-s{font-size:19px;line-height:1.32;margin-bottom:20px;margin-top:25px}
        .govuk-body{margin-bottom:20px}
        .govuk-body-l{font-size:24px;line-height:1.25;margin-bottom:30px}
        .govuk-body-s{font-size:16px;line-height:1.25;margin-bottom:20px}
        .govuk-list{margin-bottom:20px}
        .govuk-table{margin-bottom:40px}
        .govuk-table__caption--m{font-size:24px;line-height:1.25}
        }
        @media (min-width:1020px){.govuk-width-container{margin:0 auto}}
        @media print{
        @page{size:A4;margin:14mm 16mm 16mm}
        html,body{background:#fff}
        body,.govuk-body,.govuk-list,.govuk-table{font-size:11pt;line-height:1.3;color:#000}
        .govuk-skip-link{display:none}
        .govuk-width-container{max-width:none;margin:0}
        .govuk-main-wrapper{padding-top:0;padding-bottom:0}
        .govuk-heading-xl{font-size:26pt;margin-bottom:10mm}
        .govuk-heading-l{font-size:18pt;margin-top:8mm;margin-bottom:4mm}
        .govuk-heading-m{font-size:14pt;margin-top:6mm;margin-bottom:3mm}
        .govuk-heading-s{font-size:12pt;margin-top:5mm;margin-bottom:2mm}
        .govuk-body-l{font-size:14pt}
        .govuk-body-s{font-size:10pt}
        .govuk-heading-xl,.govuk-heading-l,.govuk-heading-m,.govuk-heading-s,.govuk-table__caption{break-after:avoid;page-break-after:avoid}
        .govuk-table__row,.govuk-list>li{break-inside:avoid;page-break-inside:avoid}
        .govuk-table__head{display:table-header-group}
        .lantern-marking{display:none}
        }

        """;
}
