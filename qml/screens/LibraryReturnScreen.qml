import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Bring a book back: no signing in, just show the sticker.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Bring a book back")
            subtitle: qsTr("Show the sticker on the back of the book to the camera")
            onBackClicked: Library.open()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            Viewfinder {
                Layout.fillWidth: false
                Layout.preferredWidth: 640
                Layout.preferredHeight: 480
                Layout.alignment: Qt.AlignVCenter
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                Item {
                    Layout.fillHeight: true
                }
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    source: Theme.icon("book_return")
                    sourceSize: Qt.size(180, 180)
                    Layout.preferredWidth: 180
                    Layout.preferredHeight: 180
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Hold the white sticker with the stripes inside the yellow frame.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("A scanner gun works too.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignHCenter
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
