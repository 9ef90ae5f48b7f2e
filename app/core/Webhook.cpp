#include "Webhook.h"

namespace wc {

WebhookDraft WebhookDraft::from(const Webhook &w)
{
    WebhookDraft d;
    d.scope = w.scope;
    d.name = w.name;
    d.displayName = w.displayName;
    d.payloadUrl = w.payloadUrl;
    d.format = w.format;
    d.filters = w.filters;
    d.groups = w.groups;
    d.active = w.active;
    d.signature = w.signature;
    d.baseVersion = w.version;
    return d;
}

} // namespace wc
