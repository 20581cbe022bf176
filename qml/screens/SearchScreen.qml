import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Find yourself by name: type the first letters in pinyin ("zxm" or
// "zhangxiaoming"), then tap your photo. A hardware keyboard or an input
// method types into the same box.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Type your name in pinyin")
            subtitle: qsTr("The first letters are enough: zxm for 张小明")
            onBackClicked: Kiosk.back()
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.spacing / 2
            Layout.preferredHeight: Theme.touchMin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.signIn
            border.width: 3
            TextInput {
                id: input
                objectName: "searchInput"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                verticalAlignment: TextInput.AlignVCenter
                text: Kiosk.searchText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                focus: true
                maximumLength: 40
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextEdited: Kiosk.setSearchText(text)
            }
            Text {
                visible: input.text === "" && input.preeditText === ""
                anchors.fill: input
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Letters of your name…")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin

            ListView {
                id: results
                objectName: "searchResults"
                anchors.fill: parent
                orientation: ListView.Horizontal
                spacing: Theme.spacing
                clip: true
                model: Kiosk.searchResults
                delegate: Item {
                    required property string childId
                    required property string name
                    required property string className
                    required property url photo
                    required property bool inRoom
                    width: 160
                    height: results.height
                    Accessible.role: Accessible.Button
                    Accessible.name: name
                    ColumnLayout {
                        anchors.centerIn: parent
                        spacing: 2
                        scale: tap.pressed ? 0.95 : 1
                        QqPhoto {
                            Layout.alignment: Qt.AlignHCenter
                            size: 112
                            source: photo
                            border.color: inRoom ? Theme.inRoom : Theme.border
                        }
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.maximumWidth: 156
                            text: name
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.maximumWidth: 156
                            text: className
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    TapHandler {
                        id: tap
                        onTapped: Kiosk.chooseChild(childId)
                    }
                }
            }
            Text {
                objectName: "searchHint"
                anchors.centerIn: parent
                width: parent.width
                visible: results.count === 0
                text: Kiosk.searchText === "" ? qsTr("Your photo shows up here as you type.") : qsTr("No one found. Try fewer letters, or go back and tap your class.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        LetterKeyboard {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onLetter: key => Kiosk.typeText(key)
            onBackspace: Kiosk.backspace()
            onClear: Kiosk.clearSearch()
        }
    }
}
