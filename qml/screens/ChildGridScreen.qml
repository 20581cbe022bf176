import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Step 2: tap your own photo. A green mark shows who is already in the room.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: Kiosk.className
            subtitle: Kiosk.pickingForTeacher ? qsTr("Tap the child to sign in") : qsTr("Tap your photo")
            onBackClicked: Kiosk.back()
        }

        GridView {
            id: grid
            objectName: "childGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.spacing
            clip: true
            readonly property int columns: Math.max(3, Math.floor(width / 180))
            cellWidth: width / columns
            cellHeight: Theme.photoSize + 72
            model: Kiosk.children
            delegate: Item {
                required property string childId
                required property string name
                required property url photo
                required property bool inRoom
                width: grid.cellWidth
                height: grid.cellHeight
                Accessible.role: Accessible.Button
                Accessible.name: name

                ColumnLayout {
                    anchors.centerIn: parent
                    spacing: 6
                    scale: tap.pressed ? 0.95 : 1
                    QqPhoto {
                        Layout.alignment: Qt.AlignHCenter
                        source: photo
                        Rectangle {
                            visible: inRoom
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            anchors.margins: -6
                            width: inText.implicitWidth + 20
                            height: 40
                            radius: 20
                            color: Theme.inRoom
                            Text {
                                id: inText
                                anchors.centerIn: parent
                                text: qsTr("In")
                                color: Theme.textOnColor
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                            }
                        }
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: grid.cellWidth - 8
                        text: name
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        elide: Text.ElideRight
                    }
                }
                TapHandler {
                    id: tap
                    onTapped: Kiosk.chooseChild(childId)
                }
            }
        }
    }
}
