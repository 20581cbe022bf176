import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// A child's reading, for the teacher: every book borrowed, newest first, with
// when it came back and the face the child gave it.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("%1's reading").arg(Library.historyName)
            subtitle: qsTr("This term: %n book(s) read", "", Library.historyThisTerm)
            onBackClicked: Library.historyBack()
        }

        Text {
            visible: loans.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("No book borrowed yet. Perhaps a first one together?")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ListView {
            id: loans
            objectName: "historyList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: 8
            clip: true
            model: Library.history
            delegate: Rectangle {
                id: row
                required property string title
                required property url cover
                required property string borrowed
                required property string status
                required property bool late
                required property int rating
                width: loans.width
                height: 96
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    anchors.rightMargin: 20
                    spacing: Theme.spacing
                    Image {
                        Layout.preferredWidth: 60
                        Layout.preferredHeight: 80
                        source: row.cover
                        sourceSize: Qt.size(60, 80)
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
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
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Borrowed %1 · %2").arg(row.borrowed).arg(row.status)
                            color: row.late ? Theme.danger : Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    Image {
                        visible: row.rating > 0
                        Layout.preferredWidth: 64
                        Layout.preferredHeight: 64
                        source: row.rating > 0 ? Theme.icon("mood" + row.rating) : ""
                        sourceSize: Qt.size(64, 64)
                    }
                }
            }
        }
    }
}
