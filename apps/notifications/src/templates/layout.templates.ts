// The one email layout, as Handlebars templates (kept in code so the build ships them).
// HTML: tables and inline styles, which is what mail clients render reliably; `{{…}}`
// escapes every value. Text: the same content, no escaping (nothing there is markup).

export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{{preheader}}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:24px;color:#1f2937;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #1d4e89;font-size:14px;font-weight:bold;letter-spacing:0.5px;color:#1d4e89;">{{signature}}</td></tr>
<tr><td style="padding:28px 32px 8px 32px;">
<h1 style="margin:0 0 20px 0;font-size:22px;line-height:30px;color:#111827;">{{heading}}</h1>
<p style="margin:0 0 16px 0;">{{greeting}}</p>
{{#each paragraphs}}
<p style="margin:0 0 16px 0;">{{lines this}}</p>
{{/each}}
{{#if items}}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">
{{#each items}}
<tr>
<td valign="top" style="padding:10px 12px 10px 0;border-top:1px solid #e5e7eb;font-size:13px;color:#6b7280;white-space:nowrap;">{{when}}</td>
<td valign="top" style="padding:10px 0;border-top:1px solid #e5e7eb;"><strong>{{title}}</strong><br><span style="color:#4b5563;">{{summary}}</span></td>
</tr>
{{/each}}
</table>
{{/if}}
{{#if action}}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;">
<tr><td style="border-radius:4px;background-color:#1d4e89;">
<a href="{{action.url}}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px;">{{action.label}}</a>
</td></tr>
</table>
<p style="margin:0 0 16px 0;font-size:13px;line-height:20px;color:#6b7280;">{{action.fallback}}<br><a href="{{action.url}}" style="color:#1d4e89;word-break:break-all;">{{action.url}}</a></p>
{{/if}}
<p style="margin:8px 0 24px 0;">{{signOff}}<br>{{signature}}</p>
</td></tr>
<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e5e7eb;font-size:12px;line-height:18px;color:#6b7280;">{{footer}}{{#if unsubscribe}}<br><a href="{{unsubscribe.url}}" target="_blank" rel="noopener" style="color:#1d4e89;word-break:break-all;">{{unsubscribe.label}}</a>{{/if}}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

export const LAYOUT_TEXT = `{{heading}}

{{greeting}}

{{#each paragraphs}}
{{this}}

{{/each}}
{{#each items}}
- {{title}} ({{when}})
  {{summary}}

{{/each}}
{{#if action}}
{{action.textLabel}}
{{action.url}}

{{/if}}
{{signOff}}
{{signature}}

{{footer}}
{{#if unsubscribe}}
{{unsubscribe.label}}
{{unsubscribe.url}}
{{/if}}
`;
