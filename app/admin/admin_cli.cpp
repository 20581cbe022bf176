// qinqing-admin: the kiosk's roster from a terminal (SSH, a school's IT help),
// with no display. The same core as the teacher's screens: RosterImport's
// preview and rules, then its all-or-nothing apply.
#include "clock.h"
#include "csv.h"
#include "kiosk_store.h"
#include "roster_import.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

using namespace qq;

namespace {

struct Admin {
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

// UTF-8 whatever the locale: a kiosk's service account often runs with LANG=C.
void say(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fputc('\n', to);
    std::fflush(to);
}

enum Exit { Ok = 0, NothingImported = 1, Usage = 2 };

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/qinqing_%1.qm").arg(language)))
        app.installTranslator(ours);
}

QString roleWord(Contact::Role role)
{
    switch (role) {
    case Contact::Role::Father:
        return Admin::tr("father");
    case Contact::Role::Mother:
        return Admin::tr("mother");
    case Contact::Role::Guardian:
        break;
    }
    return Admin::tr("guardian");
}

// The kiosk's data folder, as the kiosk opens it; never a new one by mistake.
std::unique_ptr<KioskStore> openStore(const QString &dataDir, const Clock &clock)
{
    if (!QFileInfo::exists(QDir(dataDir).filePath(QLatin1String(KioskStore::kDatabaseFile)))) {
        say(stderr,
            Admin::tr("qinqing-admin: %1 holds no kiosk data (%2). Check the folder given with --data.")
                .arg(QDir::toNativeSeparators(dataDir), QLatin1String(KioskStore::kDatabaseFile)));
        return nullptr;
    }
    try {
        return KioskStore::open(dataDir, clock);
    } catch (const StorageException &e) {
        say(stderr, Admin::tr("qinqing-admin: the kiosk's data could not be opened: %1").arg(e.error().detail));
        return nullptr;
    }
}

int importRoster(KioskStore &store, const Clock &clock, const QString &path, const QString &sheetOption,
                 const QString &mappingPath, bool dryRun)
{
    ColumnMapping mapping;
    if (!mappingPath.isEmpty()) {
        QFile file(mappingPath);
        if (!file.open(QIODevice::ReadOnly)) {
            say(stderr,
                Admin::tr("The column mapping %1 could not be opened: %2").arg(mappingPath, file.errorString()));
            return Usage;
        }
        QString error;
        const std::optional<ColumnMapping> read = ColumnMapping::fromJson(file.read(1024 * 1024), &error);
        if (!read) {
            say(stderr, QStringLiteral("%1: %2").arg(mappingPath, error));
            return Usage;
        }
        mapping = *read;
    }

    RosterImport importer(store.db(), store.roster(), store.changeLog(), clock, store.settings());
    // --sheet is the sheet's number as a person counts (1 = the first) or its name.
    int sheet = 0;
    ImportPreview preview;
    if (!sheetOption.isEmpty()) {
        bool isNumber = false;
        const int number = sheetOption.toInt(&isNumber);
        if (isNumber) {
            sheet = number - 1;
        } else {
            preview = importer.previewFile(path, 0, mapping);
            sheet = int(preview.sheets.indexOf(sheetOption));
            if (sheet < 0) {
                say(stderr,
                    preview.sheets.isEmpty()
                        ? Admin::tr("%1 has no sheets to choose from (it is not a workbook).").arg(path)
                        : Admin::tr("%1 has no sheet named \"%2\". Its sheets are: %3.")
                              .arg(path, sheetOption, preview.sheets.join(u"、"_qs)));
                return Usage;
            }
        }
    }
    preview = importer.previewFile(path, sheet, mapping);

    const QString fileName = QFileInfo(path).fileName();
    if (!preview.sheets.isEmpty())
        say(stdout,
            Admin::tr("%1, sheet %2 of %3: %4")
                .arg(fileName)
                .arg(preview.sheet + 1)
                .arg(preview.sheets.size())
                .arg(preview.sheet >= 0 ? preview.sheets.at(preview.sheet) : QString()));
    else if (!preview.encoding.isEmpty())
        say(stdout, QStringLiteral("%1 (%2)").arg(fileName, preview.encoding));
    for (const QString &error : std::as_const(preview.fileErrors))
        say(stderr, error);
    if (!preview.fileErrors.isEmpty()) {
        if (preview.sheets.size() > 1)
            say(stderr,
                Admin::tr("This workbook has the sheets %1; choose one with --sheet N (1 = the first).")
                    .arg(preview.sheets.join(u"、"_qs)));
        say(stderr, Admin::tr("Nothing was imported."));
        return NothingImported;
    }
    for (const QString &warning : std::as_const(preview.warnings))
        say(stdout, warning);
    for (const ImportRow &row : std::as_const(preview.rows)) {
        for (const QString &error : row.errors)
            say(stderr, Admin::tr("line %1: %2").arg(row.line).arg(error));
    }
    const int errors = preview.count(ImportRow::Action::Error);
    say(stdout,
        Admin::tr("%1 new, %2 to update, %3 unchanged, %4 with errors.")
            .arg(preview.count(ImportRow::Action::Add))
            .arg(preview.count(ImportRow::Action::Update))
            .arg(preview.count(ImportRow::Action::Unchanged))
            .arg(errors));
    if (errors > 0 && !preview.canApply()) {
        say(stderr,
            Admin::tr("Nothing was imported. Correct the lines above in the spreadsheet, save it, and run the "
                      "command again."));
        return NothingImported;
    }
    if (dryRun) {
        say(stdout, Admin::tr("Dry run: nothing was written. Run again without --dry-run to import."));
        return Ok;
    }
    if (!preview.canApply()) { // every child is already on the roster as written
        say(stdout, Admin::tr("added %1, updated %2").arg(0).arg(0));
        return Ok;
    }
    const ImportResult result = importer.apply(preview);
    if (!result.ok) {
        say(stderr, result.error);
        return NothingImported;
    }
    say(stdout, Admin::tr("added %1, updated %2").arg(result.added).arg(result.updated));
    if (result.classesCreated > 0)
        say(stdout, Admin::tr("%n new class(es).", nullptr, result.classesCreated));
    return Ok;
}

// Name, class, card code, then each contact's role, name and phone.
int printChildren(KioskStore &store)
{
    const Roster &roster = store.roster();
    QHash<QString, QString> classNames;
    for (const SchoolClass &schoolClass : roster.classes())
        classNames.insert(schoolClass.id, schoolClass.name);
    QHash<QString, QList<Contact>> contacts;
    qsizetype most = 0;
    for (const Contact &contact : roster.allContacts()) {
        QList<Contact> &list = contacts[contact.childId];
        list.append(contact);
        most = std::max(most, list.size());
    }
    QStringList header{Admin::tr("name"), Admin::tr("class"), Admin::tr("card code")};
    for (qsizetype i = 1; i <= most; ++i)
        header << Admin::tr("contact %1 role").arg(i) << Admin::tr("contact %1 name").arg(i)
               << Admin::tr("contact %1 phone").arg(i);
    QString out = csvRow(header);
    for (const Child &child : roster.allChildren()) {
        QStringList cells{child.name, classNames.value(child.classId), child.cardCode};
        for (const Contact &contact : contacts.value(child.id))
            cells << roleWord(contact.role) << contact.name << contact.phone;
        out += csvRow(cells);
    }
    const QByteArray bytes = out.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qinqing-admin"));
    QString language = QStringLiteral("zh_CN");
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Admin::tr(
        "The roster of a Qinqing kiosk, without its screen.\n"
        "  import-roster FILE   import a roster (.csv, .xlsx or .xls) as the teacher's screen does:\n"
        "                       problems row by row; all rows or none; exit 1 when nothing was imported\n"
        "  children             the roster as CSV: name, class, card code, each contact's role, name, phone"));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), Admin::tr("The kiosk's data folder."), QStringLiteral("dir"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Admin::tr("The workbook's sheet to read: its number (1 = the first) or its name."),
                                   QStringLiteral("N"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     Admin::tr("A JSON file naming columns the kiosk does not read by itself: "
                                               "{\"columns\": {\"家长电话\": \"father_phone\", \"备注\": \"skip\"}}"),
                                     QStringLiteral("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Admin::tr("Check the file and show the problems; write nothing."));
    const QCommandLineOption lang(QStringLiteral("lang"), Admin::tr("Language of the messages: zh_CN (default) or en."),
                                  QStringLiteral("language"), QStringLiteral("zh_CN"));
    parser.addOptions({data, sheet, mapping, dryRun, lang});
    parser.addPositionalArgument(QStringLiteral("command"), Admin::tr("import-roster FILE, or children"));
    parser.process(app); // --help and unknown options end here, with no data folder needed

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const bool importing = command == u"import-roster" && args.size() == 2;
    const bool listing = command == u"children" && args.size() == 1;
    if (!importing && !listing) {
        say(stderr, parser.helpText());
        return Usage;
    }
    if (!parser.isSet(data)) {
        say(stderr, Admin::tr("qinqing-admin: say which kiosk with --data DIR (its data folder)."));
        return Usage;
    }
    if (importing && !QFileInfo(args.at(1)).isFile()) {
        say(stderr, Admin::tr("qinqing-admin: there is no file %1.").arg(args.at(1)));
        return Usage;
    }

    SystemClock clock;
    std::unique_ptr<KioskStore> store = openStore(parser.value(data), clock);
    if (!store)
        return NothingImported;
    if (listing)
        return printChildren(*store);
    return importRoster(*store, clock, args.at(1), parser.value(sheet), parser.value(mapping), parser.isSet(dryRun));
}
