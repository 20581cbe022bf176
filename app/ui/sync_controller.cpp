#include "sync_controller.h"

#include "card_code.h"
#include "card_scanner.h"
#include "clock.h"
#include "import_folders.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "mailbox_trust.h"
#include "sync_bundle.h"
#include "user_messages.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QSysInfo>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSyncUi, "qinqing.sync.ui")

namespace qq {
namespace {

SyncController *s_instance = nullptr;
using Screen = KioskController::Screen;

constexpr QLatin1String kEnrollScheme("qinqing-enroll:");
// A hub's code is longer than a camera read carries (card codes are short):
// it is read again from the frames, a few times a second for a few seconds.
constexpr int kCameraRetryMs = 250;
constexpr int kCameraTries = 16;

} // namespace

// --- Conflicts -----------------------------------------------------------------

void ConflictListModel::reset(QList<SyncConflict> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ConflictListModel::hintFor(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::CopyLentTwice:
        return tr("Please sort this out in the book corner: ask who has the book, and return it for the others.");
    case SyncConflict::Kind::SlotBookedTwice:
        return tr("Please sort this out in today's calls: move one of the calls to another time.");
    case SyncConflict::Kind::SameIsbn:
    case SyncConflict::Kind::SameBarcode:
        return tr("Please sort this out in the book corner's catalog.");
    case SyncConflict::Kind::SameCardCode:
        return tr("Please sort this out in Children and cards: give one of the children a new card.");
    }
    return {};
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncConflict &conflict = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return int(conflict.kind);
    case ReasonRole:
    case Qt::DisplayRole:
        return conflict.reason;
    case HintRole:
        return hintFor(conflict.kind);
    case EntityRole:
        return conflict.entity;
    case SharedRole:
        return conflict.shared;
    case RecordCountRole:
        return int(conflict.recordIds.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{KindRole, "kind"},     {ReasonRole, "reason"}, {HintRole, "hint"},
            {EntityRole, "entity"}, {SharedRole, "shared"}, {RecordCountRole, "recordCount"}};
}

// --- The sync screen ------------------------------------------------------------

SyncController::SyncController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk), m_client(store.db(), store.changeLog(), store.clock())
{
    m_cameraRetry.setSingleShot(true);
    m_cameraRetry.setInterval(kCameraRetryMs);
    connect(&m_cameraRetry, &QTimer::timeout, this, &SyncController::readFullCodeFromCamera);
    connect(&m_client, &SyncClient::stateChanged, this, [this] {
        emit stateChanged();
        emit progressChanged();
    });
    connect(&m_client, &SyncClient::progress, this, [this](qint64 pushed, qint64 toPush, qint64 pulled) {
        m_pushed = pushed;
        m_toPush = toPush;
        m_pulled = pulled;
        emit progressChanged();
    });
    // Settings are cached in memory; what another kiosk changed must be read again.
    connect(&m_client, &SyncClient::received, this, [this] { m_store.settings().reload(); });
    connect(&m_client, &SyncClient::syncFinished, this, &SyncController::onSyncFinished);
    connect(&m_client, &SyncClient::enrollFinished, this, &SyncController::onEnrollFinished);
    connect(&kiosk, &KioskController::screenChanged, this, [this] {
        const Screen screen = m_kiosk.screen();
        // The teacher's room shows whether the last sync failed.
        if (screen == Screen::TeacherRoom)
            refresh();
        if (screen != Screen::Sync) {
            m_cameraRetry.stop();
            if (m_enrollAgain) {
                m_enrollAgain = false;
                emit stateChanged();
            }
            setNotice({});
        }
    });
}

SyncController::~SyncController() = default;

SyncController *SyncController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncController::setInstance(SyncController *instance)
{
    s_instance = instance;
}

QString SyncController::hubAddress() const
{
    const QUrl url(m_hubUrl);
    return url.isValid() && !url.host().isEmpty() ? url.authority() : m_hubUrl;
}

QString SyncController::phaseText() const
{
    switch (m_client.phase()) {
    case SyncClient::Phase::Idle:
        return {};
    case SyncClient::Phase::Enrolling:
        return tr("Joining the hub…");
    case SyncClient::Phase::Pushing:
        return tr("Sending this kiosk's changes: %1 of %2").arg(m_pushed).arg(m_toPush);
    case SyncClient::Phase::Pulling:
        return tr("Receiving the other kiosks' changes: %n so far", nullptr, int(m_pulled));
    }
    return {};
}

qreal SyncController::progress() const
{
    switch (m_client.phase()) {
    case SyncClient::Phase::Pushing:
        return m_toPush > 0 ? qreal(m_pushed) / qreal(m_toPush) : 0.0;
    case SyncClient::Phase::Pulling:
        return 1.0; // the pull's length is not known beforehand (progressKnown is false)
    default:
        return 0.0;
    }
}

QString SyncController::lastSuccess() const
{
    if (m_lastOkMs <= 0)
        return tr("never");
    const QTimeZone zone = m_store.settings().timeZone();
    const QDateTime then = toLocal(m_lastOkMs, zone);
    const qint64 days = then.date().daysTo(localDate(m_store.clock().nowMs(), zone));
    const QString time = QLocale().toString(then.time(), QLocale::ShortFormat);
    if (days <= 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("yesterday %1").arg(time);
    return tr("%n day(s) ago", nullptr, int(days));
}

void SyncController::setNotice(const QString &notice, bool problem)
{
    if (m_notice == notice && m_noticeIsProblem == problem)
        return;
    m_notice = notice;
    m_noticeIsProblem = problem;
    emit noticeChanged();
}

void SyncController::open()
{
    setNotice({});
    refresh();
    m_kiosk.show(Screen::Sync);
}

void SyncController::close()
{
    m_kiosk.show(Screen::TeacherRoom);
}

void SyncController::refresh()
{
    m_kiosk.guarded("sync state", [this] {
        m_enrolled = m_client.isEnrolled();
        m_hubUrl = m_client.hubUrl();
        m_schoolName = m_client.schoolName();
        m_lastOkMs = m_client.lastSuccessMs();
        m_lastError = m_client.lastError();
        m_waiting = m_client.waitingToPush();
        m_conflicts.reset(SyncConflicts::list(m_store.db()));
    });
    emit stateChanged();
}

void SyncController::startBackground(int intervalMs)
{
    m_backgroundMs = intervalMs;
    bool enrolled = false;
    m_kiosk.guarded("sync state", [&] { enrolled = m_client.isEnrolled(); });
    if (enrolled && intervalMs > 0)
        m_client.startBackground(intervalMs);
}

void SyncController::syncNow()
{
    m_kiosk.userActivity();
    if (busy())
        return;
    setNotice({});
    m_pushed = m_toPush = m_pulled = 0;
    emit progressChanged();
    m_client.syncNow(); // not enrolled: finishes at once with a message
}

void SyncController::onSyncFinished(bool ok, const QString &message)
{
    refresh();
    if (ok)
        setNotice(message);
    else if (message != m_lastError)
        setNotice(message, true); // not kept as the last error (not enrolled): shown here instead
    else
        setNotice({}); // the last error shows it, and keeps showing it until a sync works
}

void SyncController::enrollWithText(const QString &text)
{
    m_kiosk.userActivity();
    if (busy()) {
        setNotice(tr("Please wait: the kiosk is talking to the hub."), true);
        return;
    }
    if (text.trimmed().isEmpty()) {
        setNotice(tr("Scan the QR code on the hub's page first, or type the text printed under it."), true);
        return;
    }
    QString error;
    const std::optional<EnrollmentLink> link = EnrollmentLink::parse(text, &error);
    if (!link) {
        setNotice(tr("%1 Please scan the QR code on the hub's page, or type the text printed under it.").arg(error),
                  true);
        return;
    }
    setNotice(tr("Joining the hub at %1…").arg(QUrl(link->hubUrl).authority()));
    const QString host = QSysInfo::machineHostName();
    m_client.enroll(*link, host.isEmpty() ? QStringLiteral("kiosk") : host);
}

void SyncController::onEnrollFinished(bool ok, const QString &message)
{
    if (ok)
        m_enrollAgain = false;
    refresh();
    setNotice(message, !ok);
    if (ok)
        qCInfo(lcSyncUi) << "enrolled with a hub";
    if (ok && m_backgroundMs > 0)
        m_client.startBackground(m_backgroundMs); // the first sync starts now
}

void SyncController::enrollAgain()
{
    m_enrollAgain = true;
    setNotice({});
    emit stateChanged();
}

void SyncController::cancelEnrollAgain()
{
    m_enrollAgain = false;
    m_cameraRetry.stop();
    setNotice({});
    emit stateChanged();
}

bool SyncController::wantsCodes() const
{
    return m_kiosk.screen() == Screen::Sync && enrollmentOpen() && !busy();
}

void SyncController::codeScanned(const QString &text)
{
    if (!wantsCodes() || !m_kiosk.errorMessage().isEmpty())
        return;
    m_kiosk.userActivity();
    const QString code = text.trimmed();
    // The camera hands on at most kCardCodeMaxRawLength characters: a hub's
    // code cut there is read again, whole, from the camera's frames.
    if (code.startsWith(kEnrollScheme) && code.size() >= kCardCodeMaxRawLength && m_grabFrame
        && !EnrollmentLink::parse(code, nullptr)) {
        if (!m_cameraRetry.isActive()) {
            m_cameraTries = 0;
            setNotice(tr("Reading the hub's code… hold it still."));
            readFullCodeFromCamera();
        }
        return;
    }
    enrollWithText(code);
}

void SyncController::readFullCodeFromCamera()
{
    if (!wantsCodes())
        return;
    const std::optional<QString> text = CardScanner::decodeFrame(m_grabFrame ? m_grabFrame() : QImage());
    if (text && text->startsWith(kEnrollScheme)) {
        enrollWithText(*text);
        return;
    }
    if (++m_cameraTries >= kCameraTries) {
        setNotice(tr("The code was seen but could not be read whole. Hold the paper still and a little closer, "
                     "or type the text printed under the code."),
                  true);
        return;
    }
    m_cameraRetry.start();
}

// --- USB sticks ------------------------------------------------------------------

QString SyncController::importFolder() const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("imports"));
}

QStringList SyncController::usbSticks() const
{
    if (!m_usbFolders.isEmpty())
        return m_usbFolders;
    // A stick is a folder under /media that is a mount point of its own.
    QStringList sticks;
    const QStringList folders = importFolders(importFolder());
    for (qsizetype i = 1; i < folders.size(); ++i) {
        const QString path = QDir(folders.at(i)).absolutePath();
        const QStorageInfo volume(path);
        if (volume.isValid() && volume.isReady() && QDir(volume.rootPath()).absolutePath() == path)
            sticks.append(path);
    }
    return sticks;
}

QString SyncController::ownFilePrefix() const
{
    return QStringLiteral("qinqing-%1-").arg(m_store.changeLog().deviceId().left(8));
}

QString SyncController::findBundle() const
{
    // The kiosk's own import folder first (where a helper may have copied it), then the sticks.
    const QString own = ownFilePrefix();
    const QStringList folders = QStringList{importFolder()} + usbSticks();
    const QString pattern = QLatin1Char('*') + QLatin1String(SyncBundle::kSuffix);
    for (const QString &folder : folders) {
        const QFileInfoList files = QDir(folder).entryInfoList({pattern, pattern.toUpper()}, QDir::Files, QDir::Time);
        for (const QFileInfo &file : files)
            if (!file.fileName().startsWith(own)) // this kiosk's own file is for the hub
                return file.absoluteFilePath();
    }
    return {};
}

void SyncController::exportToUsb()
{
    m_kiosk.userActivity();
    if (!m_enrolled) {
        setNotice(tr("Join the hub first (once, with a network). After that a USB stick can carry the changes."), true);
        return;
    }
    if (busy()) {
        setNotice(tr("Please wait until the sync has ended."), true);
        return;
    }
    QString stick;
    for (const QString &folder : usbSticks())
        if (QFileInfo(folder).isWritable()) {
            stick = folder;
            break;
        }
    if (stick.isEmpty()) {
        setNotice(tr("No USB stick found. Plug one in, wait a few seconds and try again."), true);
        return;
    }
    const QString name = ownFilePrefix()
        + toLocal(m_store.clock().nowMs(), m_store.settings().timeZone()).toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QLatin1String(SyncBundle::kSuffix);
    const QString path = QDir(stick).filePath(name);
    QString error;
    bool ok = false;
    try {
        ok = m_client.exportBundle(path, &error);
    } catch (const StorageException &e) {
        error = storageFailureMessage(e.error());
    }
    if (!ok) {
        qCWarning(lcSyncUi) << "USB export failed";
        setNotice(tr("The file could not be saved on the USB stick: %1").arg(error), true);
        return;
    }
    setNotice(tr("Saved %1 on the USB stick. Take it to the hub's computer, and bring back the hub's file for "
                 "this kiosk.")
                  .arg(name));
}

void SyncController::importFromUsb()
{
    m_kiosk.userActivity();
    if (!m_enrolled) {
        setNotice(tr("Join the hub first (once, with a network). After that a USB stick can carry the changes."), true);
        return;
    }
    if (busy()) {
        setNotice(tr("Please wait until the sync has ended."), true);
        return;
    }
    const QString path = findBundle();
    if (path.isEmpty()) {
        setNotice(tr("No sync file (%1) found on a USB stick or in %2. Ask the hub's administrator for this "
                     "kiosk's file.")
                      .arg(QLatin1String(SyncBundle::kSuffix), QDir::toNativeSeparators(importFolder())),
                  true);
        return;
    }
    QString error;
    int added = -1;
    try {
        added = m_client.importBundle(path, &error);
    } catch (const StorageException &e) {
        error = storageFailureMessage(e.error());
    }
    refresh();
    if (added < 0) {
        qCWarning(lcSyncUi) << "USB import refused";
        setNotice(tr("The sync file could not be read, so nothing was changed. %1").arg(error), true);
        return;
    }
    setNotice(tr("Read %1: %n new change(s).", nullptr, added).arg(QFileInfo(path).fileName()));
}

bool SyncController::mailboxKeyAlert() const
{
    return MailboxTrust::alert(m_store.db()) != MailboxTrust::Alert::None;
}

QString SyncController::mailboxKeyText() const
{
    const QString fingerprint = MailboxTrust::fingerprintOfPinned(m_store.db());
    switch (MailboxTrust::alert(m_store.db())) {
    case MailboxTrust::Alert::None:
        break;
    case MailboxTrust::Alert::Unsigned:
    case MailboxTrust::Alert::OtherKey:
        return tr("Sync brought a mailbox key that the counselor did not sign, so this kiosk refused it. Letters "
                  "are still sealed to her key %1. Please tell the counselor and the hub's administrator.")
            .arg(fingerprint);
    case MailboxTrust::Alert::Delete:
        return tr("Sync tried to remove the mailbox's key, so this kiosk refused it. The mailbox works as before "
                  "(key %1). Please tell the counselor and the hub's administrator.")
            .arg(fingerprint);
    }
    return fingerprint.isEmpty() ? QString()
                                 : tr("Mailbox key: %1 (the same on every kiosk of the school)").arg(fingerprint);
}

} // namespace qq
