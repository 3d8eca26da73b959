// What the user reads after a check: one plain Japanese sentence per outcome, always saying that the
// guidance in the app still works when nothing new was installed. Details go to the log, never here.
#include "updateclient.h"

using namespace phishaid::update;

namespace phishaid {

QString UpdateClient::lastResultText() const
{
    if (m_state.lastOutcome == Outcome::None) {
        return {};
    }
    // After a restart the installed version is no longer known here: the page shows the running one.
    return userMessage(m_state.lastOutcome, m_installedVersion, m_installedForNextStart);
}

QString UpdateClient::userMessage(Outcome outcome, int version, bool usedFromNextStart)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Installed:
        if (version <= 0) {
            return tr("新しい案内を入れました。");
        }
        return usedFromNextStart ? tr("新しい案内（第%1版）を入れたので、次にアプリを開いたときから使われます。").arg(version)
                                 : tr("新しい案内（第%1版）を入れました。").arg(version);
    case Outcome::UpToDate:
        return tr("案内は最新です。");
    case Outcome::Disabled:
        return tr("このアプリでは案内の更新の確認がオフになっているため、入っている案内をそのまま使います。");
    case Outcome::Cancelled:
        return tr("確認を取りやめたので、いまの案内をそのまま使います。");
    case Outcome::Offline:
        return tr("インターネットにつながらなかったため確認できませんでしたが、いまの案内はそのまま使えます。");
    case Outcome::TimedOut:
        return tr("更新の確認先から応答がなかったため、いまの案内をそのまま使います。");
    case Outcome::TooSlow:
        return tr("更新の確認先からの受け取りに時間がかかりすぎたため、いまの案内をそのまま使います。");
    case Outcome::Expired:
        return tr("届いた案内の有効期限が切れていたため、入れずに、いまの案内をそのまま使います。");
    case Outcome::Rollback:
        return tr("届いた案内がいまのものより古かったため、入れずに、いまの案内をそのまま使います。");
    case Outcome::AppTooOld:
    case Outcome::SchemaTooNew:
        return tr("新しい案内を使うにはアプリの更新が必要なため、いまの案内をそのまま使います。");
    case Outcome::InstallFailed:
        return tr("端末に新しい案内を保存できなかったため、いまの案内をそのまま使います。");
    case Outcome::BadSignature:
    case Outcome::BadManifest:
    case Outcome::HashMismatch:
    case Outcome::InvalidContent:
        return tr("届いた案内が正しいものか確かめられなかったため、入れずに、いまの案内をそのまま使います。");
    case Outcome::ServerError:
    case Outcome::SecureConnectionFailed:
    case Outcome::RefusedAddress:
    case Outcome::TooLarge:
    case Outcome::Truncated:
        return tr("更新の確認先から案内を正しく受け取れなかったため、いまの案内をそのまま使います。");
    }
    return {};
}

} // namespace phishaid
