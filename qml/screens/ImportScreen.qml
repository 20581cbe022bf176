import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Importing the school's roster: choose a file (.xlsx, .xls or CSV) and, in
// a workbook of several sheets, the sheet; look at the preview (rows with
// problems first), then import everything or nothing.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Import roster")
            subtitle: RosterAdmin.importSummary !== "" ? RosterAdmin.importSummary : qsTr("Choose the roster file (.xlsx, .xls or .csv)")
            onBackClicked: RosterAdmin.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            // The files found on USB sticks and in the kiosk's import folder.
            ListView {
                id: files
                objectName: "importFiles"
                Layout.preferredWidth: 330
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: 8
                clip: true
                model: RosterAdmin.importFiles
                delegate: QqButton {
                    required property string modelData
                    required property int index
                    width: files.width
                    text: modelData.substring(modelData.lastIndexOf("/") + 1)
                    fontSize: Theme.fontSmall
                    iconName: "import"
                    tint: Theme.library
                    onClicked: RosterAdmin.previewImport(index)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing / 2
                // A workbook's sheets: the roster is not always on the first.
                Flow {
                    objectName: "importSheets"
                    Layout.fillWidth: true
                    visible: RosterAdmin.importSheets.length > 1
                    spacing: 8
                    Repeater {
                        model: RosterAdmin.importSheets
                        delegate: QqButton {
                            required property string modelData
                            required property int index
                            text: modelData
                            fontSize: Theme.fontSmall
                            tint: index === RosterAdmin.importSheet ? Theme.signIn : Theme.library
                            onClicked: RosterAdmin.previewImportSheet(index)
                        }
                    }
                }
                Text {
                    objectName: "importProblems"
                    Layout.fillWidth: true
                    // Kept in the layout when empty, so its width is known before a long text wraps.
                    Layout.preferredHeight: text === "" ? 0 : implicitHeight
                    text: RosterAdmin.importProblems
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                ImportColumnMapping {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: RosterAdmin.mappingShown
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: !RosterAdmin.mappingShown
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 2
                    clip: true
                    ListView {
                        id: rows
                        objectName: "previewRows"
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        model: RosterAdmin.preview
                        delegate: Rectangle {
                            required property int line
                            required property string name
                            required property string className
                            required property string action
                            required property string problem
                            required property bool isError
                            required property string warning
                            width: rows.width
                            height: Math.max(56, rowText.implicitHeight + 16)
                            radius: 12
                            color: isError ? "#FBE3E1" : Theme.background
                            RowLayout {
                                id: rowText
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.leftMargin: 12
                                anchors.rightMargin: 12
                                spacing: Theme.spacing / 2
                                Text {
                                    Layout.preferredWidth: 90
                                    text: qsTr("Row %1").arg(line)
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                }
                                Text {
                                    Layout.preferredWidth: 120
                                    text: name
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.preferredWidth: 90
                                    text: action
                                    color: isError ? Theme.danger : Theme.success
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: isError ? problem : warning !== "" ? className + "　" + warning : className
                                    color: isError ? Theme.danger : warning !== "" ? Theme.signIn : Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Item {
                        Layout.fillWidth: true
                    }
                    QqButton {
                        objectName: "useGuesses"
                        visible: RosterAdmin.mappingShown && RosterAdmin.hasGuesses
                        text: qsTr("Use the suggestions")
                        fontSize: Theme.fontSmall
                        tint: Theme.library
                        onClicked: RosterAdmin.useGuesses()
                    }
                    QqButton {
                        objectName: "showColumns"
                        visible: RosterAdmin.hasImportColumns
                        text: RosterAdmin.mappingShown ? qsTr("See the rows") : qsTr("Columns")
                        fontSize: Theme.fontSmall
                        tint: Theme.teacher
                        onClicked: RosterAdmin.showMapping(!RosterAdmin.mappingShown)
                    }
                    QqButton {
                        objectName: "applyFineImport"
                        visible: !RosterAdmin.mappingShown && RosterAdmin.canApplyFineImport
                        text: qsTr("Import the %n row(s) that are fine", "", RosterAdmin.importFineRows)
                        fontSize: Theme.fontSmall
                        iconName: "import"
                        tint: Theme.signIn
                        onClicked: RosterAdmin.applyFineImport()
                    }
                    QqButton {
                        objectName: "applyImport"
                        visible: !RosterAdmin.mappingShown && !RosterAdmin.canApplyFineImport
                        Layout.preferredWidth: 360
                        enabled: RosterAdmin.canApplyImport
                        text: qsTr("Import all rows")
                        iconName: "import"
                        tint: Theme.signIn
                        onClicked: RosterAdmin.applyImport()
                    }
                }
            }
        }
    }
}
