import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Late books: who, which book, how late — the latest first — and a CSV.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Late books: %n", "", late.count)
            subtitle: Library.notice !== "" ? Library.notice : qsTr("Remind gently: a child who reads is what we want.")
            onBackClicked: Library.openCatalog()

            QqButton {
                objectName: "exportOverdue"
                text: qsTr("Export")
                iconName: "export"
                tint: Theme.calls
                onClicked: Library.exportOverdue()
            }
        }

        Text {
            visible: late.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("No book is late. Well done, everyone!")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ListView {
            id: late
            objectName: "overdueList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: 8
            clip: true
            model: Library.overdue
            delegate: Rectangle {
                id: row
                required property string childId
                required property string childName
                required property string className
                required property string title
                required property string code
                required property string due
                required property int daysLate
                width: late.width
                height: Theme.touchMin
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: row.daysLate > 14 ? Theme.danger : Theme.border
                border.width: 2
                TapHandler {
                    onTapped: Library.openHistory(row.childId)
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 20
                    anchors.rightMargin: 20
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 260
                        spacing: 0
                        Text {
                            text: row.childName
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Text {
                            text: row.className
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: "《" + row.title + "》"
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · due %2").arg(row.code).arg(row.due)
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Text {
                        text: qsTr("%n day(s) late", "", row.daysLate)
                        color: Theme.danger
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                }
            }
        }
    }
}
