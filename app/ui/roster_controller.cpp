#include "roster_controller.h"

#include "card_code.h"
#include "card_sheet.h"
#include "clock.h"
#include "import_folders.h"
#include "kiosk_controller.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "user_messages.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace qq {
namespace {

RosterController *s_instance = nullptr;
constexpr int kPhotoPixels = 480;

QString genderText(const QString &key)
{
    return key == QLatin1String("F") ? RosterController::tr("Girl") : RosterController::tr("Boy");
}

QString contactKey(Contact::Role role)
{
    return contactRoleKey(role);
}

bool isPhone(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 \\-]+$"));
    const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    return allowed.match(text).hasMatch() && digits >= 5 && digits <= 20;
}

QDate parseDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

RosterController::RosterController(KioskStore &store, KioskController &kiosk, QObject *parent)
    : QObject(parent), m_store(store), m_kiosk(kiosk)
{
    connect(&m_kiosk, &KioskController::screenChanged, this, [this] {
        if (m_takingPhoto && m_kiosk.screen() != KioskController::Screen::ChildFile) {
            m_takingPhoto = false;
            emit takingPhotoChanged();
        }
        if (m_kiosk.screen() == KioskController::Screen::Home) {
            // Nothing of a child's file stays in memory once the teacher has gone.
            m_file.reset({});
            m_childId.clear();
            m_cardCode.clear();
            m_preview.reset({});
            m_lastPreview = {};
            setNotice({});
            setFileMessage({});
        }
    });
}

RosterController *RosterController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void RosterController::setInstance(RosterController *instance)
{
    s_instance = instance;
}

void RosterController::setNotice(const QString &notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        emit noticeChanged();
    }
}

void RosterController::setFileMessage(const QString &message)
{
    if (m_fileMessage != message) {
        m_fileMessage = message;
        emit fileMessageChanged();
    }
}

void RosterController::open()
{
    setNotice({});
    reloadList();
    m_kiosk.show(KioskController::Screen::Roster);
}

void RosterController::reloadList()
{
    m_kiosk.guarded("roster list", [this] {
        m_all = m_store.roster().allChildren();
        QList<SearchEntry> entries;
        entries.reserve(m_all.size());
        for (const Child &child : std::as_const(m_all))
            entries.append({child.id, child.name});
        m_search.reset(entries);
        m_classNames.clear();
        for (const SchoolClass &schoolClass : m_store.roster().classes())
            m_classNames.insert(schoolClass.id, schoolClass.name);
        m_consentMissing = m_store.roster().countWithoutConsent();
    });
    emit consentMissingChanged();
    applyFilter();
}

void RosterController::applyFilter()
{
    QList<Child> shown;
    if (m_filter.trimmed().isEmpty()) {
        shown = m_all;
    } else {
        for (int index : m_search.search(m_filter))
            shown.append(m_all.at(index));
    }
    m_children.reset(shown, m_classNames);
}

void RosterController::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    emit filterChanged();
    applyFilter();
}

QString RosterController::fileTitle() const
{
    const QString name = m_file.value(QStringLiteral("name"));
    return m_childId.isEmpty() ? tr("New child") : name;
}

QUrl RosterController::filePhoto() const
{
    if (m_childId.isEmpty())
        return {};
    return QUrl(photoUrl(m_childId).toString() + QStringLiteral("?v=%1").arg(m_photoRevision));
}

void RosterController::openChild(const QString &childId)
{
    std::optional<Child> child;
    QList<Contact> contacts;
    const bool ok = m_kiosk.guarded("child file", [&] {
        child = m_store.roster().child(childId);
        if (child)
            contacts = m_store.roster().contacts(childId);
    });
    if (!ok)
        return;
    if (!child) {
        m_kiosk.setErrorMessage(tr("This child is not on the roster any more."));
        return;
    }
    loadFile(child, contacts);
    m_kiosk.show(KioskController::Screen::ChildFile);
}

void RosterController::newChild()
{
    loadFile(std::nullopt, {});
    m_kiosk.show(KioskController::Screen::ChildFile);
}

void RosterController::loadFile(const std::optional<Child> &child, const QList<Contact> &contacts)
{
    QStringList classNames;
    QString className;
    m_kiosk.guarded("class list", [&] {
        for (const SchoolClass &schoolClass : m_store.roster().classes()) {
            classNames.append(schoolClass.name);
            if (child && schoolClass.id == child->classId)
                className = schoolClass.name;
        }
    });
    auto contactOf = [&](Contact::Role role) {
        for (const Contact &contact : contacts) {
            if (contact.role == role)
                return contact;
        }
        return Contact{};
    };
    // When each can answer a call, as the teacher types it ("周三 12:00-12:30").
    auto windowsOf = [this](const Contact &contact) {
        QString text;
        if (!contact.id.isEmpty())
            m_kiosk.guarded("call windows",
                            [&] { text = formatWeeklyRanges(m_store.calls().contactWindows(contact.id)); });
        return text;
    };
    const Contact father = contactOf(Contact::Role::Father);
    const Contact mother = contactOf(Contact::Role::Mother);
    const Contact guardian = contactOf(Contact::Role::Guardian);
    const QString childSection = tr("Child");
    const QString fatherSection = tr("Father");
    const QString motherSection = tr("Mother");
    const QString guardianSection = tr("Guardian at home");
    const QStringList genders{genderText(QStringLiteral("F")), genderText(QStringLiteral("M"))};
    using Field = ChildFileModel::Field;
    QList<Field> fields{
        {"name", childSection, tr("Name"), child ? child->name : QString(), "text", {}, {}},
        {"gender", childSection, tr("Gender"), child ? genderText(child->gender) : QString(), "choice", genders, {}},
        {"birth_date",
         childSection,
         tr("Date of birth"),
         child ? child->birthDate.toString(Qt::ISODate) : QString(),
         "date",
         {},
         {}},
        {"class", childSection, tr("Class"), className, "choice", classNames, {}},
        {"personality", childSection, tr("Personality"), child ? child->personality : QString(), "long", {}, {}},
        {"hobbies", childSection, tr("Hobbies"), child ? child->hobbies : QString(), "long", {}, {}},
        {"medical", childSection, tr("Medical history"), child ? child->medical : QString(), "long", {}, {}},
    };
    for (const auto &[contact, section, key] : {std::tuple{father, fatherSection, QStringLiteral("father")},
                                                std::tuple{mother, motherSection, QStringLiteral("mother")}}) {
        fields.append({key + "_name", section, tr("Name"), contact.name, "text", {}, {}});
        fields.append({key + "_phone", section, tr("Phone"), contact.phone, "phone", {}, {}});
        fields.append({key + "_city", section, tr("Works in (city)"), contact.workCity, "text", {}, {}});
        fields.append({key + "_workplace", section, tr("Workplace"), contact.workplace, "text", {}, {}});
        fields.append({key + "_video", section, tr("Video call account"), contact.videoAccount, "text", {}, {}});
        fields.append({key + "_windows", section, tr("Can take calls"), windowsOf(contact), "text", {}, {}});
    }
    fields.append({"guardian_name", guardianSection, tr("Name"), guardian.name, "text", {}, {}});
    fields.append(
        {"guardian_relationship", guardianSection, tr("Relationship"), guardian.relationship, "text", {}, {}});
    fields.append({"guardian_phone", guardianSection, tr("Phone"), guardian.phone, "phone", {}, {}});
    fields.append({"guardian_address", guardianSection, tr("Address"), guardian.address, "text", {}, {}});
    fields.append({"guardian_age",
                   guardianSection,
                   tr("Age"),
                   guardian.age ? QString::number(guardian.age) : QString(),
                   "number",
                   {},
                   {}});
    fields.append({"guardian_health", guardianSection, tr("Health"), guardian.health, "text", {}, {}});
    fields.append({"guardian_video", guardianSection, tr("Video call account"), guardian.videoAccount, "text", {}, {}});
    fields.append({"guardian_windows", guardianSection, tr("Can take calls"), windowsOf(guardian), "text", {}, {}});
    // The guardian's consent (PIPL: a child under 14 needs it), as the paper form was signed.
    std::optional<GuardianConsent> consent;
    if (child)
        m_kiosk.guarded("consent", [&] { consent = m_store.roster().consent(child->id); });
    const QString consentSection = tr("Guardian's consent");
    const QStringList yesNo{tr("Yes"), tr("No")};
    fields.append({"consent_by",
                   consentSection,
                   tr("Given by (who signed the form)"),
                   consent ? consent->givenBy : QString(),
                   "text",
                   {},
                   {}});
    fields.append({"consent_on",
                   consentSection,
                   tr("Signed on"),
                   consent ? consent->givenOn.toString(Qt::ISODate) : QString(),
                   "date",
                   {},
                   {}});
    fields.append({"consent_photo",
                   consentSection,
                   tr("The child's photo may be kept"),
                   consent ? (consent->photo ? yesNo.at(0) : yesNo.at(1)) : QString(),
                   "choice",
                   yesNo,
                   {}});
    fields.append({"consent_voice",
                   consentSection,
                   tr("Voice messages may be kept"),
                   consent ? (consent->voice ? yesNo.at(0) : yesNo.at(1)) : QString(),
                   "choice",
                   yesNo,
                   {}});
    m_file.reset(fields);
    m_childId = child ? child->id : QString();
    m_cardCode = child ? child->cardCode : QString();
    setFileMessage({});
    emit fileChanged();
}

void RosterController::setField(int row, const QString &value)
{
    m_file.setValue(row, value);
    if (row == 0)
        emit fileChanged(); // the title is the name
}

bool RosterController::save()
{
    QHash<QString, QString> errors;
    const QString name = m_file.value(QStringLiteral("name"));
    if (name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("The name is needed."));
    else if (name.size() > 32)
        errors.insert(QStringLiteral("name"), tr("At most 32 characters."));
    const QString gender = m_file.value(QStringLiteral("gender"));
    if (gender != genderText(QStringLiteral("F")) && gender != genderText(QStringLiteral("M")))
        errors.insert(QStringLiteral("gender"), tr("Choose girl or boy."));
    const QDate birth = parseDate(m_file.value(QStringLiteral("birth_date")));
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    if (!birth.isValid())
        errors.insert(QStringLiteral("birth_date"), tr("Write the date as 2015-03-07."));
    else if (birth > today.addYears(-3) || birth < today.addYears(-20))
        errors.insert(QStringLiteral("birth_date"), tr("A pupil is between 3 and 20 years old."));
    QString classId;
    const QString className = m_file.value(QStringLiteral("class"));
    m_kiosk.guarded("class list", [&] {
        for (const SchoolClass &schoolClass : m_store.roster().classes()) {
            if (schoolClass.name == className)
                classId = schoolClass.id;
        }
    });
    if (classId.isEmpty())
        errors.insert(QStringLiteral("class"), tr("Choose the class."));

    QList<Contact> contacts;
    QHash<Contact::Role, QList<WeeklyRange>> windows;
    for (const Contact::Role role : {Contact::Role::Father, Contact::Role::Mother, Contact::Role::Guardian}) {
        const QString key = contactKey(role);
        Contact contact;
        contact.role = role;
        contact.name = m_file.value(key + "_name");
        contact.phone = m_file.value(key + "_phone");
        contact.workCity = m_file.value(key + "_city");
        contact.workplace = m_file.value(key + "_workplace");
        contact.relationship = m_file.value(key + "_relationship");
        contact.address = m_file.value(key + "_address");
        contact.health = m_file.value(key + "_health");
        contact.videoAccount = m_file.value(key + "_video").trimmed();
        if (contact.videoAccount.size() > 64)
            errors.insert(key + "_video", tr("At most 64 characters."));
        const QString age = m_file.value(key + "_age");
        if (!age.isEmpty()) {
            bool ok = false;
            contact.age = age.toInt(&ok);
            if (!ok || contact.age < 10 || contact.age > 120)
                errors.insert(key + "_age", tr("An age between 10 and 120."));
        }
        if (!contact.phone.isEmpty() && !isPhone(contact.phone))
            errors.insert(key + "_phone", tr("Digits only, like 138 0000 0000."));
        const bool anything = !(contact.phone + contact.workCity + contact.workplace + contact.relationship
                                + contact.address + contact.health + contact.videoAccount)
                                   .isEmpty()
            || contact.age;
        // A father's or mother's phone without a name is kept (the role says who).
        if (anything && !Roster::saysWhoItIs(contact))
            errors.insert(key + "_name", tr("The name or the relationship is needed too."));
        QString problem;
        if (const auto parsed = parseWeeklyRanges(m_file.value(key + "_windows"), &problem))
            windows.insert(role, *parsed);
        else
            errors.insert(key + "_windows", problem);
        if (!contact.name.isEmpty() || (anything && Roster::saysWhoItIs(contact)))
            contacts.append(contact);
        else if (!windows.value(role).isEmpty())
            errors.insert(key + "_name", tr("The name is needed too."));
    }
    // The consent, when any of it is filled in.
    std::optional<GuardianConsent> consent;
    const QString consentBy = m_file.value(QStringLiteral("consent_by")).trimmed();
    const QString consentOn = m_file.value(QStringLiteral("consent_on"));
    if (!consentBy.isEmpty() || !consentOn.isEmpty()) {
        consent = GuardianConsent{};
        consent->givenBy = consentBy;
        consent->givenOn = parseDate(consentOn);
        consent->photo = m_file.value(QStringLiteral("consent_photo")) == tr("Yes");
        consent->voice = m_file.value(QStringLiteral("consent_voice")) == tr("Yes");
        if (consentBy.isEmpty())
            errors.insert(QStringLiteral("consent_by"), tr("Write who signed the consent form."));
        else if (consentBy.size() > 64)
            errors.insert(QStringLiteral("consent_by"), tr("At most 64 characters."));
        if (!consent->givenOn.isValid())
            errors.insert(QStringLiteral("consent_on"), tr("Write the date as 2026-09-01."));
        else if (consent->givenOn > today)
            errors.insert(QStringLiteral("consent_on"), tr("The form cannot be signed in the future."));
    }
    m_file.setErrors(errors);
    if (!errors.isEmpty()) {
        setFileMessage(tr("Please check the fields marked in red."));
        return false;
    }

    Child child;
    m_kiosk.guarded("child file", [&] {
        if (!m_childId.isEmpty())
            child = m_store.roster().child(m_childId).value_or(Child{});
    });
    child.id = m_childId;
    child.name = name;
    child.gender = gender == genderText(QStringLiteral("F")) ? QStringLiteral("F") : QStringLiteral("M");
    child.birthDate = birth;
    child.classId = classId;
    child.personality = m_file.value(QStringLiteral("personality"));
    child.hobbies = m_file.value(QStringLiteral("hobbies"));
    child.medical = m_file.value(QStringLiteral("medical"));
    try {
        Transaction tx(m_store.db());
        if (child.id.isEmpty())
            child.id = m_store.roster().addChild(child, {});
        else
            m_store.roster().updateChild(child);
        for (Contact &contact : contacts)
            contact.childId = child.id;
        m_store.roster().replaceContacts(child.id, contacts);
        for (const Contact &contact : m_store.roster().contacts(child.id))
            m_store.calls().setContactWindows(contact.id, windows.value(contact.role));
        if (consent) {
            consent->childId = child.id;
            m_store.roster().setConsent(*consent, today);
        }
        tx.commit();
    } catch (const StorageException &e) {
        qCWarning(lcKiosk) << "child file not saved:" << e.error().detail;
        setFileMessage(storageFailureMessage(e.error()));
        return false;
    }
    qCInfo(lcKiosk) << "child file saved";
    m_childId = child.id;
    setFileMessage(tr("Saved."));
    emit fileChanged();
    reloadList();
    return true;
}

void RosterController::startPhoto()
{
    if (m_childId.isEmpty()) {
        setFileMessage(tr("Save the file first, then take the photo."));
        return;
    }
    m_takingPhoto = true;
    emit takingPhotoChanged();
}

void RosterController::cancelPhoto()
{
    m_takingPhoto = false;
    emit takingPhotoChanged();
}

void RosterController::capturePhoto()
{
    const QImage frame = m_grabFrame ? m_grabFrame() : QImage();
    if (frame.isNull()) {
        setFileMessage(tr("No picture from the camera yet. Please try again."));
        return;
    }
    // The middle square of the frame, where the viewfinder shows the face.
    const int side = std::min(frame.width(), frame.height());
    const QImage square = frame.copy((frame.width() - side) / 2, (frame.height() - side) / 2, side, side)
                              .scaled(kPhotoPixels, kPhotoPixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "JPEG", 85);
    try {
        Transaction tx(m_store.db());
        m_store.roster().setPhoto(m_childId, jpeg);
        tx.commit();
    } catch (const StorageException &e) {
        qCWarning(lcKiosk) << "photo not saved:" << e.error().detail;
        setFileMessage(storageFailureMessage(e.error()));
        return;
    }
    ++m_photoRevision;
    m_takingPhoto = false;
    emit takingPhotoChanged();
    setFileMessage(tr("Photo saved."));
    emit fileChanged();
    reloadList();
}

void RosterController::issueCard()
{
    if (m_childId.isEmpty()) {
        setFileMessage(tr("Save the file first, then make the card."));
        return;
    }
    const bool replacing = !m_cardCode.isEmpty();
    try {
        Transaction tx(m_store.db());
        std::optional<Child> child = m_store.roster().child(m_childId);
        if (!child)
            return;
        // 40 random bits: a taken code is unlikely, but then draw again.
        for (int attempt = 0;; ++attempt) {
            child->cardCode = newCardCode();
            if (!m_store.roster().childByCardCode(child->cardCode) || attempt == 5)
                break;
        }
        m_store.roster().updateChild(*child);
        tx.commit();
        m_cardCode = child->cardCode;
    } catch (const StorageException &e) {
        qCWarning(lcKiosk) << "card not saved:" << e.error().detail;
        setFileMessage(storageFailureMessage(e.error()));
        return;
    }
    setFileMessage(replacing ? tr("New card made. The old card no longer works.") : tr("Card made."));
    emit fileChanged();
}

bool RosterController::writeCards(const QList<Child> &children, const QString &fileName)
{
    QList<CardSheetEntry> entries;
    QHash<QString, QString> classNames;
    const bool ok = m_kiosk.guarded("card sheet", [&] {
        for (const SchoolClass &schoolClass : m_store.roster().classes())
            classNames.insert(schoolClass.id, schoolClass.name);
        for (const Child &child : children) {
            if (child.cardCode.isEmpty())
                continue;
            const QImage photo = QImage::fromData(m_store.roster().photo(child.id));
            entries.append({child.name, classNames.value(child.classId), child.cardCode, photo});
        }
    });
    if (!ok)
        return false;
    if (entries.isEmpty()) {
        setNotice(tr("No child has a card yet. Open a child's file and tap \"Make card\"."));
        return false;
    }
    const QString folder = QDir(m_store.dataDir()).filePath(QStringLiteral("exports"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(fileName);
    QString error;
    if (!writeCardSheet(path, entries, &error)) {
        qCWarning(lcKiosk) << "card sheet not written for" << entries.size() << "card(s)"; // the error may name a child
        setNotice(error); // plain words from writeCardSheet, naming the problem
        return false;
    }
    setNotice(tr("%n card(s) ready to print: %1", nullptr, int(entries.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RosterController::printCard()
{
    std::optional<Child> child;
    if (!m_kiosk.guarded("child file", [&] { child = m_store.roster().child(m_childId); }) || !child)
        return;
    if (writeCards({*child}, QStringLiteral("card-%1.pdf").arg(child->cardCode)))
        setFileMessage(m_notice);
    else
        setFileMessage(m_notice.isEmpty() ? tr("Make the card first.") : m_notice);
}

void RosterController::cardRead(const QString &code)
{
    std::optional<Child> child;
    if (!m_kiosk.guarded("card lookup", [&] { child = m_store.roster().childByCardCode(code); }))
        return;
    if (child)
        openChild(child->id);
    else
        setNotice(tr("This card is not on the roster."));
}

void RosterController::printAllCards()
{
    const QDate today = localDate(m_store.clock().nowMs(), m_store.settings().timeZone());
    QList<Child> all;
    if (m_kiosk.guarded("roster list", [&] { all = m_store.roster().allChildren(); }))
        writeCards(all, QStringLiteral("cards-%1.pdf").arg(today.toString(Qt::ISODate)));
}

QString RosterController::importFolder() const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("imports"));
}

QStringList RosterController::findImportFiles() const
{
    return spreadsheetFilesIn(importFolders(importFolder()));
}

void RosterController::openImport()
{
    QDir().mkpath(importFolder());
    m_importFiles = findImportFiles();
    m_lastPreview = {};
    m_preview.reset({});
    m_columns.reset({});
    m_mappingShown = false;
    m_importSummary.clear();
    m_importProblems = m_importFiles.isEmpty()
        ? tr("No roster file found. Put the roster (.xlsx, .xls or .csv) on a USB stick, or in %1.")
              .arg(QDir::toNativeSeparators(importFolder()))
        : QString();
    emit importChanged();
    m_kiosk.show(KioskController::Screen::Import);
}

void RosterController::previewImport(int fileIndex)
{
    if (fileIndex >= 0 && fileIndex < m_importFiles.size())
        previewImportFile(m_importFiles.at(fileIndex));
}

void RosterController::previewImportSheet(int sheet)
{
    if (!m_importPath.isEmpty() && sheet >= 0 && sheet < m_lastPreview.sheets.size())
        previewImportFile(m_importPath, sheet);
}

bool RosterController::previewImportFile(const QString &path, int sheet)
{
    m_importPath = path;
    const bool ok = m_kiosk.guarded("import preview", [&] {
        const RosterImport importer(m_store.db(), m_store.roster(), m_store.changeLog(), m_store.clock(),
                                    m_store.settings());
        m_lastPreview = importer.previewFile(path, sheet, rememberedMapping());
    });
    if (!ok)
        return false;
    m_preview.reset(m_lastPreview);
    m_columns.reset(m_lastPreview.columns);
    if (mappingNeeded())
        m_mappingShown = true; // the teacher says what the columns are before anything else
    const QString fileName = QFileInfo(path).fileName();
    m_importSummary = m_lastPreview.fileErrors.isEmpty()
        ? tr("%1 (%2): %3 new, %4 to update, %5 unchanged, %6 with errors")
              .arg(fileName,
                   m_lastPreview.sheet >= 0 ? m_lastPreview.sheets.value(m_lastPreview.sheet) : m_lastPreview.encoding)
              .arg(m_lastPreview.count(ImportRow::Action::Add))
              .arg(m_lastPreview.count(ImportRow::Action::Update))
              .arg(m_lastPreview.count(ImportRow::Action::Unchanged))
              .arg(m_lastPreview.count(ImportRow::Action::Error))
        : fileName;
    QStringList problems = m_lastPreview.fileErrors + m_lastPreview.warnings;
    if (!m_lastPreview.fileErrors.isEmpty() && m_lastPreview.sheets.size() > 1)
        problems.append(tr("This workbook has %n sheet(s). If the roster is on another one, choose it above.", nullptr,
                           int(m_lastPreview.sheets.size())));
    if (m_lastPreview.fileErrors.isEmpty() && m_lastPreview.count(ImportRow::Action::Error) > 0)
        problems.prepend(canApplyFineImport()
                             ? tr("The rows marked in red have problems. Either import the %n row(s) that are fine "
                                  "now and add the others later, or fix the red rows in the spreadsheet, save it "
                                  "and choose the file again.",
                                  nullptr, importFineRows())
                             : tr("Nothing can be imported yet. Fix the rows marked in red in the spreadsheet, save "
                                  "it again and choose the file again."));
    if (mappingNeeded()) {
        // The columns come first: what the file's other problems are shows once they are said.
        problems = m_lastPreview.warnings;
        QStringList missing;
        for (const RosterSheet::Field required : RosterSheet::kRequired)
            if (std::none_of(m_lastPreview.columns.cbegin(), m_lastPreview.columns.cend(),
                             [required](const RosterSheet::Column &column) { return column.field == required; }))
                missing.append(ImportColumnsModel::fieldTitle(required));
        if (!missing.isEmpty())
            problems.prepend(tr("Still to find: %1.").arg(missing.join(QStringLiteral("、"))));
        problems.prepend(tr("Some columns were not recognised. Tap each one and say what it holds, or choose "
                            "\"Don't import\"."));
        if (m_lastPreview.sheets.size() > 1) // perhaps the roster is on another sheet
            problems.prepend(tr("This workbook has %n sheet(s). If the roster is on another one, choose it above.",
                                nullptr, int(m_lastPreview.sheets.size())));
    }
    m_importProblems = problems.join(QLatin1Char('\n'));
    emit importChanged();
    return true;
}

void RosterController::applyImport()
{
    ImportResult result;
    const bool ok = m_kiosk.guarded("import", [&] {
        RosterImport importer(m_store.db(), m_store.roster(), m_store.changeLog(), m_store.clock(), m_store.settings());
        result = importer.apply(m_lastPreview);
    });
    if (ok)
        afterImport(result);
}

void RosterController::applyFineImport()
{
    ImportResult result;
    const bool ok = m_kiosk.guarded("import", [&] {
        RosterImport importer(m_store.db(), m_store.roster(), m_store.changeLog(), m_store.clock(), m_store.settings());
        result = importer.apply(m_lastPreview, ApplyScope::RowsWithoutProblems);
    });
    if (ok)
        afterImport(result);
}

int RosterController::importFineRows() const
{
    return int(m_lastPreview.count(ImportRow::Action::Add) + m_lastPreview.count(ImportRow::Action::Update));
}

bool RosterController::mappingNeeded() const
{
    if (m_lastPreview.columns.isEmpty())
        return false;
    for (const RosterSheet::Column &column : m_lastPreview.columns)
        if (!column.title.isEmpty() && column.field == RosterSheet::Field::None && !column.chosen
            && column.guess != RosterSheet::Field::RowNumber)
            return true;
    for (const RosterSheet::Field required : RosterSheet::kRequired)
        if (std::none_of(m_lastPreview.columns.cbegin(), m_lastPreview.columns.cend(),
                         [required](const RosterSheet::Column &column) { return column.field == required; }))
            return true;
    return false;
}

bool RosterController::hasGuesses() const
{
    return std::any_of(m_lastPreview.columns.cbegin(), m_lastPreview.columns.cend(), [](const auto &column) {
        return column.field == RosterSheet::Field::None && !column.chosen && column.guess != RosterSheet::Field::None
            && column.guess != RosterSheet::Field::IdNumber && column.guess != RosterSheet::Field::RowNumber;
    });
}

QVariantList RosterController::fieldChoices() const
{
    using F = RosterSheet::Field;
    QVariantList choices;
    for (const F field : {F::None,
                          F::Name,
                          F::Gender,
                          F::BirthDate,
                          F::Grade,
                          F::Class,
                          F::CardCode,
                          F::FatherName,
                          F::FatherPhone,
                          F::FatherCity,
                          F::MotherName,
                          F::MotherPhone,
                          F::MotherCity,
                          F::GuardianName,
                          F::GuardianPhone,
                          F::GuardianRelationship,
                          F::GuardianAddress,
                          F::ParentsCity,
                          F::FatherWorkplace,
                          F::MotherWorkplace,
                          F::GuardianAge,
                          F::GuardianHealth,
                          F::Personality,
                          F::Hobbies,
                          F::Medical,
                          F::Id})
        choices.append(QVariantMap{{QStringLiteral("key"), ColumnMapping::fieldKey(field)},
                                   {QStringLiteral("title"), ImportColumnsModel::fieldTitle(field)}});
    return choices;
}

void RosterController::showMapping(bool shown)
{
    if (m_mappingShown == shown)
        return;
    m_mappingShown = shown;
    emit importChanged();
}

// Kept as a school setting, so the next import from this school (on any of
// its kiosks) reads the columns the same way.
ColumnMapping RosterController::rememberedMapping() const
{
    QString ignored;
    return ColumnMapping::fromJson(m_store.settings().value("roster_import_mapping").toUtf8(), &ignored)
        .value_or(ColumnMapping{});
}

void RosterController::rememberMapping(const ColumnMapping &mapping)
{
    m_kiosk.guarded("remember column mapping",
                    [&] { m_store.settings().setValue("roster_import_mapping", QString::fromUtf8(mapping.toJson())); });
}

void RosterController::mapColumn(int row, const QString &fieldKey)
{
    const RosterSheet::Column *column = m_columns.column(row);
    const std::optional<RosterSheet::Field> field = ColumnMapping::fieldFromKey(fieldKey);
    if (!column || !field || m_importPath.isEmpty())
        return;
    ColumnMapping mapping = rememberedMapping();
    mapping.set(column->title, *field);
    rememberMapping(mapping);
    previewImportFile(m_importPath, std::max(0, m_lastPreview.sheet));
    m_mappingShown = true; // the teacher goes on with the columns until she says she is done
    emit importChanged();
}

void RosterController::useGuesses()
{
    if (m_importPath.isEmpty())
        return;
    ColumnMapping mapping = rememberedMapping();
    for (const RosterSheet::Column &column : std::as_const(m_lastPreview.columns))
        if (!column.title.isEmpty() && column.field == RosterSheet::Field::None && !column.chosen
            && column.guess != RosterSheet::Field::None && column.guess != RosterSheet::Field::IdNumber
            && column.guess != RosterSheet::Field::RowNumber)
            mapping.set(column.title, column.guess);
    rememberMapping(mapping);
    previewImportFile(m_importPath, std::max(0, m_lastPreview.sheet));
    m_mappingShown = true;
    emit importChanged();
}

void RosterController::afterImport(const ImportResult &result)
{
    if (!result.ok) {
        qCWarning(lcKiosk) << "import refused:" << result.error;
        m_importProblems = result.error;
        emit importChanged();
        return;
    }
    qCInfo(lcKiosk) << "roster imported:" << result.added << "added," << result.updated << "updated";
    const int leftOut = int(m_lastPreview.count(ImportRow::Action::Error));
    m_lastPreview = {};
    m_preview.reset({});
    m_columns.reset({});
    m_mappingShown = false;
    m_importSummary.clear();
    m_importProblems.clear();
    emit importChanged();
    reloadList();
    QString notice = tr("Roster imported: %1 new, %2 updated.").arg(result.added).arg(result.updated);
    if (leftOut > 0)
        notice += QLatin1Char(' ')
            + tr("%n row(s) with problems were left out: fix them in the spreadsheet and import the file again.",
                 nullptr, leftOut);
    setNotice(notice);
    m_kiosk.show(KioskController::Screen::Roster);
}

void RosterController::back()
{
    switch (m_kiosk.screen()) {
    case KioskController::Screen::ChildFile:
        if (m_takingPhoto) {
            cancelPhoto();
            return;
        }
        [[fallthrough]];
    case KioskController::Screen::Import:
        m_kiosk.show(KioskController::Screen::Roster);
        break;
    default:
        m_kiosk.show(KioskController::Screen::TeacherRoom);
        break;
    }
}

} // namespace qq
