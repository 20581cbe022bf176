import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Thank you! How did you like it? Five faces; then how many books this term.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin
            Image {
                Layout.preferredWidth: 150
                Layout.preferredHeight: 200
                source: Library.returnedCover
                sourceSize: Qt.size(150, 200)
                fillMode: Image.PreserveAspectCrop
            }
            QqSpeakButton {
                objectName: "speakReturned"
                speech: [returnedTitle.text, backText.text, termCount.text, howText.text].join(". ")
            }
            ColumnLayout {
                spacing: 8
                Text {
                    id: returnedTitle
                    objectName: "returnedTitle"
                    text: qsTr("Thank you, %1!").arg(Library.returnedBy)
                    color: Theme.calls
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Text {
                    id: backText
                    text: qsTr("《%1》 is back on the shelf.").arg(Library.returnedTitle)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                }
                Text {
                    id: termCount
                    objectName: "termCount"
                    text: qsTr("This term: %n book(s) read", "", Library.booksThisTerm)
                    color: Theme.library
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
            }
        }
        Text {
            id: howText
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: Library.rating === 0 ? qsTr("How did you like it?") : qsTr("Thank you for telling!")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            Repeater {
                model: 5
                Rectangle {
                    required property int index
                    readonly property int face: 5 - index
                    objectName: "rate" + face
                    Layout.preferredWidth: 132
                    Layout.preferredHeight: 132
                    radius: 66
                    color: Library.rating === face ? Theme.library : "transparent"
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1 of 5").arg(face)
                    Image {
                        anchors.fill: parent
                        anchors.margins: 10
                        source: Theme.icon("mood" + parent.face)
                        sourceSize: Qt.size(112, 112)
                    }
                    TapHandler {
                        onTapped: Library.rate(parent.face)
                    }
                }
            }
        }
        QqButton {
            objectName: "returnedDone"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            Layout.preferredWidth: 360
            text: qsTr("Done")
            iconName: "ok"
            tint: Theme.success
            onClicked: Library.done()
        }
    }
}
