// A post written to break out of its page: markup and script in every field an editor controls.
export const HOSTILE = {
  slug: 'markup-in-every-field',
  title: '<script>alert("title")</script> & "quotes" <b>bold</b>',
  excerpt: '<img src=x onerror=alert("excerpt")>',
  bodyText: '<script>alert("body")</script></p><iframe src="//evil.example"></iframe>',
}

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const hostileBody = {
  root: {
    ...block,
    type: 'root',
    children: [
      { ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(HOSTILE.bodyText)] },
      {
        ...block,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          {
            ...block,
            type: 'link',
            version: 3,
            // Hostile links are refused by the CMS; the setup stores some past its checks.
            fields: { linkType: 'custom', url: 'https://example.org/?q=<script>' },
            children: [text('a safe link')],
          },
        ],
      },
    ],
  },
}
